import LoupeCore

/// Surnames with a particle in lower case (`Christoffel van der Westhuizen`, `Leonardo da Vinci`,
/// `Fernando dos Santos`): the tagger, which leans on capitals, stops before the particle and
/// leaves the surname out or makes a name of its own of it. A person followed by one or two
/// particles and a capitalised word grows over them; a mention that starts at that word is taken
/// in. German prepositions that also make particles (`von`, `zu`) are left out: `Müller von der
/// CDU` names a person and a party.
///
/// Chosen 2026-12-04 on the tuning half of deu.testa (65.48 → 65.56); with German articles among
/// the particles (`der`, `den`) it ran names into sentences (`Egon Coordes den Ex-Rostokker`).
/// Never read: deu.testa check 67.85 unchanged (whole 66.87 → 66.90), eng.testa check 77.96
/// unchanged. GermEval dev, eng.testa tune and UNER dev unchanged.
///
/// - Complexity: O(mentions).
public enum NameParticles {
    public typealias Entity = (tokens: Range<Int>, label: NERLabel)

    /// `entities` sorted by start; `text(i)`: token i's text. Returns the entities sorted by start.
    public static func apply(_ entities: [Entity], tokenCount: Int, text: (Int) -> String) -> [Entity] {
        var out: [Entity] = []
        out.reserveCapacity(entities.count)
        var k = 0
        while k < entities.count {
            var entity = entities[k]
            k += 1
            guard entity.label == .per else {
                out.append(entity)
                continue
            }
            var i = entity.tokens.upperBound
            var particles = 0
            while i < tokenCount, particles < 2,
                (particles == 0 ? Self.particles : Self.secondParticles).contains(text(i))
            {
                i += 1
                particles += 1
            }
            guard particles > 0, i < tokenCount, text(i).first?.isUppercase == true,
                k == entities.count || entities[k].tokens.lowerBound >= i
            else {
                out.append(entity)
                continue
            }
            var end = i + 1
            if k < entities.count, entities[k].tokens.lowerBound == i {
                end = entities[k].tokens.upperBound
                k += 1
            }
            entity.tokens = entity.tokens.lowerBound..<end
            out.append(entity)
        }
        return out
    }

    /// Particles of surnames, as written in lower case (not German prepositions or articles).
    static let particles: Set<String> = [
        "van", "de", "del", "della", "di", "da", "dos", "du", "ter", "ten", "bin", "ibn",
    ]

    /// What may follow the first particle (`van der`, `de la`).
    static let secondParticles: Set<String> = ["der", "den", "de", "la", "le", "los", "las"]
}
