/// Forms of address, lower-case and without a final period (`Ms`, `Herr`): words before a person's name that are
/// no part of it. Shared by the entities (only a person's name follows one) and the quotes (`The Minister for
/// Housing (Ms Claire Dunmore)` names Claire Dunmore).
public enum FormsOfAddress {
    public static let words: Set<String> = ["mr", "mrs", "ms", "miss", "mister", "sir", "dame", "herr", "frau"]
}
