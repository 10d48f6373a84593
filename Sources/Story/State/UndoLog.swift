/// Makes a transaction all-or-nothing: while recording, every write to a ``Table`` or ``Cell``
/// registers how to undo it, and a failed transaction rolls the writes back in reverse order —
/// the EVM's revert, without copying the state.
final class UndoLog {
    private var entries: [() -> Void] = []
    private(set) var isRecording = false

    func begin() {
        entries.removeAll(keepingCapacity: true)
        isRecording = true
    }

    func record(_ undo: @escaping () -> Void) {
        if isRecording { entries.append(undo) }
    }

    func commit() {
        entries.removeAll(keepingCapacity: true)
        isRecording = false
    }

    func rollback() {
        isRecording = false
        for undo in entries.reversed() { undo() }
        entries.removeAll(keepingCapacity: true)
    }
}

/// A key-value store whose writes can be rolled back through its ``UndoLog``.
final class Table<Key: Hashable, Value> {
    private(set) var storage: [Key: Value] = [:]
    private let log: UndoLog

    init(_ log: UndoLog) { self.log = log }

    subscript(key: Key) -> Value? {
        get { storage[key] }
        set {
            let old: Value?
            if let newValue {
                old = storage.updateValue(newValue, forKey: key)
            } else {
                old = storage.removeValue(forKey: key)
            }
            if log.isRecording { log.record { [unowned self] in self.storage[key] = old } }
        }
    }

    /// The value, or `defaultValue` when absent.
    subscript(key: Key, default defaultValue: @autoclosure () -> Value) -> Value {
        storage[key] ?? defaultValue()
    }

    /// Appends to an array value in O(1), undone by removing the element again.
    func append<Element>(_ element: Element, to key: Key) where Value == [Element] {
        if storage[key] == nil {
            storage[key] = [element]
            if log.isRecording { log.record { [unowned self] in self.storage[key] = nil } }
        } else {
            storage[key]!.append(element)
            if log.isRecording { log.record { [unowned self] in self.storage[key]!.removeLast() } }
        }
    }
}

/// A single rollback-able value (counters).
final class Cell<Value> {
    private(set) var value: Value
    private let log: UndoLog

    init(_ value: Value, _ log: UndoLog) {
        self.value = value
        self.log = log
    }

    func set(_ newValue: Value) {
        let old = value
        value = newValue
        if log.isRecording { log.record { [unowned self] in self.value = old } }
    }
}

extension Cell where Value == UInt64 {
    /// Increments and returns the new value (`++counter`).
    func increment() -> UInt64 {
        set(value + 1)
        return value
    }
}
