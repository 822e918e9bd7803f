namespace SemaineIndustrie.Features.Organisations;

/// The SIRET of an establishment: 14 digits (SIREN + NIC) whose Luhn key is valid. La Poste's
/// establishments (SIREN 356 000 000) are numbered beyond what Luhn allows: INSEE checks them by the
/// sum of their digits, a multiple of 5.
public static class SiretNumber
{
    public static string Normalise(string? value) => new((value ?? "").Where(c => !char.IsWhiteSpace(c) && c != '.').ToArray());

    public static bool IsValid(string siret)
    {
        if (siret.Length != 14 || !siret.All(char.IsAsciiDigit))
        {
            return false;
        }
        if (siret.StartsWith("356000000", StringComparison.Ordinal))
        {
            return siret.Sum(c => c - '0') % 5 == 0;
        }
        var sum = 0;
        for (var i = 0; i < 14; i++)
        {
            var digit = siret[13 - i] - '0';
            if (i % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum % 10 == 0;
    }
}
