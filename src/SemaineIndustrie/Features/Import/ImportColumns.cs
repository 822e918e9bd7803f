using SemaineIndustrie.Features.Discovery;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Features.Import;

/// The columns of the import file, with French names. Headers are matched without accents, case,
/// spaces or underscores, so « Code postal », « code_postal » and « CODE POSTAL » are the same column.
public static class ImportColumns
{
    public sealed record Column(string Name, bool Required, string Help, string Example);

    public static IReadOnlyList<Column> All { get; } =
    [
        new("titre", true, "Titre de l'événement (150 caractères au plus)", "Visite de l'atelier d'usinage"),
        new("resume", true, "Présentation courte (300 caractères au plus)", "Découvrez nos machines à commande numérique et les métiers de l'usinage."),
        new("description", true, "Présentation détaillée", "Visite guidée de 2 heures : accueil, atelier, échanges avec des techniciennes et des apprentis."),
        new("type", true, "Type d'événement (libellé ou code de la liste)", "Visite d'entreprise"),
        new("publics", true, "Publics cibles séparés par |", "Collégiens|Lycéens"),
        new("thematiques", false, "Thématiques séparées par |", "Mixité des métiers et place des femmes"),
        new("filiere", false, "Filière (libellé ou code)", "Métallurgie"),
        new("format", true, "sur place, en ligne ou mixte", "sur place"),
        new("adresse", false, "Numéro et voie (obligatoire sur place)", "12 rue des Forges"),
        new("code_postal", false, "Code postal (obligatoire sur place)", "69007"),
        new("commune", false, "Nom ou code INSEE de la commune (obligatoire sur place)", "Lyon"),
        new("latitude", false, "Latitude (facultative : sinon le centre de la commune)", "45.7325"),
        new("longitude", false, "Longitude (facultative)", "4.8389"),
        new("lien_en_ligne", false, "Lien de participation (obligatoire en ligne ou mixte)", ""),
        new("date", true, "Date du premier créneau (jj/mm/aaaa)", "17/11/2026"),
        new("heure_debut", true, "Heure de début (hh:mm, heure locale)", "09:30"),
        new("heure_fin", true, "Heure de fin (hh:mm)", "11:30"),
        new("autres_creneaux", false, "Autres créneaux : jj/mm/aaaa hh:mm-hh:mm séparés par |", "19/11/2026 14:00-16:00"),
        new("capacite", false, "Places par créneau (inscription sur la plateforme)", "25"),
        new("inscription", false, "aucune, plateforme ou externe", "plateforme"),
        new("lien_inscription", false, "Lien d'inscription externe", ""),
        new("contact_nom", false, "Contact public : nom", "Service communication"),
        new("contact_email", false, "Contact public : adresse électronique", "visites@exemple.fr"),
        new("contact_telephone", false, "Contact public : téléphone", "04 72 00 00 00"),
        new("gratuit", true, "oui si l'événement est gratuit pour le public", "oui"),
        new("objet_industrie", true, "oui si l'événement fait découvrir l'industrie et ses métiers", "oui"),
        new("accessibilite", false, "moteur, auditif, visuel, cognitif, psychique séparés par |", "moteur|auditif"),
    ];

    /// The template people download, ready for a French spreadsheet.
    public static byte[] Template() => SpreadsheetCsv.Write(All.Select(c => c.Name), [All.Select(c => c.Example)]);

    public static string Key(string header) => FrenchText.Fold(header).Replace(" ", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
}
