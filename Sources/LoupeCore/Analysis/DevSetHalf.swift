/// The two halves every development set is split into for `loupe eval … --part`: errors are read on
/// the tuning half, the check half is the reported result. Items (documents, rows, example groups)
/// alternate by position: tune 0, 2, 4 …, check 1, 3, 5 ….
public enum DevSetHalf: String, Sendable, CaseIterable {
    case tune, check, all

    /// Whether the item at `position` belongs to this half.
    public func includes(_ position: Int) -> Bool {
        switch self {
        case .all: return true
        case .tune: return position % 2 == 0
        case .check: return position % 2 == 1
        }
    }
}
