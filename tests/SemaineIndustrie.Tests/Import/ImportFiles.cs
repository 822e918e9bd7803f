using System.Text;

namespace SemaineIndustrie.Tests.Import;

/// CSV files as organisers make them, from the template's columns.
public static class ImportFiles
{
    public static readonly string[] Header =
    [
        "titre", "resume", "description", "type", "publics", "thematiques", "filiere", "format", "adresse", "code_postal", "commune",
        "latitude", "longitude", "lien_en_ligne", "date", "heure_debut", "heure_fin", "autres_creneaux", "capacite", "inscription",
        "lien_inscription", "contact_nom", "contact_email", "contact_telephone", "gratuit", "objet_industrie", "accessibilite",
    ];

    public static Dictionary<string, string> Row(string title, string date = "17/11/2026", string commune = "Lyon", string postalCode = "69007",
        double latitude = 45.7325, double longitude = 4.8389) => new()
    {
        ["titre"] = title,
        ["resume"] = "Découverte des métiers de l'usinage.",
        ["description"] = "Visite guidée de l'atelier, rencontre avec des apprentis.",
        ["type"] = "Visite d'entreprise",
        ["publics"] = "Collégiens|Lycéens",
        ["thematiques"] = "",
        ["filiere"] = "",
        ["format"] = "sur place",
        ["adresse"] = "12 rue des Forges",
        ["code_postal"] = postalCode,
        ["commune"] = commune,
        ["latitude"] = latitude.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["longitude"] = longitude.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["lien_en_ligne"] = "",
        ["date"] = date,
        ["heure_debut"] = "09:30",
        ["heure_fin"] = "11:30",
        ["autres_creneaux"] = "",
        ["capacite"] = "25",
        ["inscription"] = "plateforme",
        ["lien_inscription"] = "",
        ["contact_nom"] = "Service communication",
        ["contact_email"] = "visites@exemple.fr",
        ["contact_telephone"] = "",
        ["gratuit"] = "oui",
        ["objet_industrie"] = "oui",
        ["accessibilite"] = "moteur",
    };

    public static byte[] Csv(IEnumerable<Dictionary<string, string>> rows, char separator = ';', Encoding? encoding = null, bool bom = true)
    {
        var text = new StringBuilder();
        text.AppendJoin(separator, Header).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(separator, Header.Select(h => Quote(row[h], separator))).Append("\r\n");
        }
        encoding ??= new UTF8Encoding(bom);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(text.ToString())];
    }

    private static string Quote(string value, char separator) =>
        value.Contains(separator) || value.Contains('"') ? $"\"{value.Replace("\"", "\"\"")}\"" : value;
}
