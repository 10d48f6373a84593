import App

try await LoreMain.run()
