namespace SemaineIndustrie.Data.Demo;

/// « à » and « de » before a commune's name, with the contractions French requires:
/// au Mans, aux Herbiers, du Havre, des Sables-d'Olonne, d'Angers, de La Rochelle.
internal static class FrenchPlaces
{
    public static string At(string commune) => commune switch
    {
        _ when commune.StartsWith("Le ", StringComparison.Ordinal) => "au " + commune[3..],
        _ when commune.StartsWith("Les ", StringComparison.Ordinal) => "aux " + commune[4..],
        _ => "à " + commune,
    };

    public static string Of(string commune) => commune switch
    {
        _ when commune.StartsWith("Le ", StringComparison.Ordinal) => "du " + commune[3..],
        _ when commune.StartsWith("Les ", StringComparison.Ordinal) => "des " + commune[4..],
        _ when "AEIOUYÉÈÂÎH".Contains(commune[0], StringComparison.Ordinal) => "d'" + commune,
        _ => "de " + commune,
    };
}
