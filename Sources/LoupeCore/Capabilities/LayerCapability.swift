/// What a layer offers to views, exports, reports and other analyzers, whatever analyzer made
/// it: each case is a protocol of this folder that layers adopt, typed and in byte spans.
///
/// Views ask the document for the layers adopting a protocol (`document.layers(adopting:)`)
/// instead of naming analyzers, and ask the registry which analyzers to run for what they show
/// (`registry.analyzers(providing:)`), from what each analyzer declares in its descriptor's
/// `provides`. A new analyzer whose layer adopts a capability, and declares it, appears in
/// `show`, the HTML export, the report and the table exports without a change to them.
public enum LayerCapability: String, Sendable, CaseIterable {
    case labeledSpans, groupedMentions, attributedItems, scoredItems, toneScores, timedItems, plainSpans

    /// The capability this one refines: grouped mentions are labelled spans, tone scores are scores.
    public var refines: LayerCapability? {
        switch self {
        case .groupedMentions: .labeledSpans
        case .toneScores: .scoredItems
        default: nil
        }
    }

    /// Whether `self` is `capability` or refines it.
    public func includes(_ capability: LayerCapability) -> Bool {
        self == capability || refines.map { $0.includes(capability) } ?? false
    }

    /// Whether a layer adopts the capability's protocol.
    public func isAdopted(by layer: any Layer) -> Bool {
        switch self {
        case .labeledSpans: layer is any LabeledSpans
        case .groupedMentions: layer is any GroupedMentions
        case .attributedItems: layer is any AttributedItems
        case .scoredItems: layer is any ScoredItems
        case .toneScores: layer is any ToneScores
        case .timedItems: layer is any TimedItems
        case .plainSpans: layer is any PlainSpans
        }
    }
}

extension AnalyzerDescriptor {
    /// Whether its layer offers a capability, declared or refined (`groupedMentions` offers
    /// `labeledSpans`).
    public func provides(_ capability: LayerCapability) -> Bool {
        provides.contains { $0.includes(capability) }
    }
}

extension AnalyzerRegistry {
    /// The analyzers to run for a view that shows these capabilities: for each capability in
    /// order, the registered analyzers that provide it, in registration order, each once.
    public func analyzers(providing capabilities: [LayerCapability]) -> [String] {
        var names: [String] = []
        for capability in capabilities {
            for descriptor in descriptors where descriptor.provides(capability) && !names.contains(descriptor.name) {
                names.append(descriptor.name)
            }
        }
        return names
    }
}

extension Document {
    /// The computed layers adopting a capability's protocol (`(any TimedItems).self`), in the
    /// order they were computed, with their names.
    public func layers<Capability>(adopting capability: Capability.Type) -> [(name: String, layer: Capability)] {
        layerNames.compactMap { name in (layer(named: name) as? Capability).map { (name, $0) } }
    }
}
