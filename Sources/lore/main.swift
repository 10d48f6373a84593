import App
import Foundation

do {
    try await LoreMain.run()
} catch {
    // LoreMain has logged the reason; a failed command exits non-zero without a backtrace.
    exit(1)
}
