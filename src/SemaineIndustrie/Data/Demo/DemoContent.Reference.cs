using SemaineIndustrie.Features.Content;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Data.Demo;

/// FAQ entries, partners (from the 2022 press release) and contacts: the national press office,
/// the Nouvelle-Aquitaine press contacts of the 2023 communiqué, and three contacts in every region.
public static partial class DemoContent
{
    private static readonly (string Question, string Answer)[] Faq =
    [
        ("Qu'est-ce que la Semaine de l'industrie ?",
            "Une semaine par an, depuis 2011, des événements gratuits partout en France font découvrir l'industrie et ses métiers, d'abord aux jeunes et aux demandeurs d'emploi. Elle est organisée par la Direction générale des Entreprises."),
        ("Qui peut organiser un événement ?",
            "Les entreprises, fédérations industrielles, établissements scolaires et de formation, collectivités, administrations et opérateurs publics, associations… [Créez un compte organisateur](/inscription) pour décrire votre structure et vos événements."),
        ("Quelles sont les conditions du label ?",
            "Quatre conditions cumulatives : les dates (dans la période éligible de l'édition), l'ouverture à au moins un public cible, l'objet (informer sur l'industrie et ses métiers) et la gratuité. [Le détail pour l'édition en cours](/edition#conditions)."),
        ("Jusqu'à quand puis-je demander le label ?",
            "Jusqu'à la date limite de l'édition, indiquée sur la page [L'édition](/edition). Après cette date, seul un administrateur national peut accepter une demande tardive."),
        ("Combien de temps faut-il pour obtenir une réponse ?",
            "Le comité de validation répond en **4 jours ouvrés** (jours fériés exclus) : label accordé, refus motivé ou demande de modification."),
        ("Les événements sont-ils payants ?",
            "Non : la gratuité est l'une des quatre conditions du label. Certains événements demandent une inscription, toujours gratuite."),
        ("Comment inscrire une classe ?",
            "Sur la page de l'événement, choisissez un créneau et inscrivez le groupe en une fois, avec le nombre d'élèves et d'accompagnateurs. Voir l'[espace enseignants](/espace-enseignants)."),
        ("Comment annuler ou modifier une inscription ?",
            "Le courriel de confirmation contient un lien personnel : il permet de modifier, d'annuler l'inscription ou d'effacer vos données. Une place libérée revient à la liste d'attente."),
        ("Qu'est-ce que le kit de communication ?",
            "Les organisateurs d'un événement labellisé téléchargent un certificat du label et une affiche A4 avec un code QR qui mène à la page de l'événement."),
    ];

    private static readonly (string Group, string Name, string? Url)[] Partners =
    [
        ("Organisation", "Direction générale des Entreprises (DGE)", "https://www.entreprises.gouv.fr"),
        ("Organisation", "France Industrie", "https://www.franceindustrie.org"),
        ("Opérateurs de l'État", "Bpifrance", "https://www.bpifrance.fr"),
        ("Opérateurs de l'État", "Business France", "https://www.businessfrance.fr"),
        ("Opérateurs de l'État", "France Travail", "https://www.francetravail.fr"),
        ("Opérateurs de l'État", "La French Tech", "https://lafrenchtech.gouv.fr"),
        ("Réseaux et territoires", "Chambres de commerce et d'industrie", "https://www.cci.fr"),
        ("Réseaux et territoires", "Régions de France", "https://regions-france.org"),
        ("Réseaux et territoires", "Services de l'État en région : préfectures, DREETS, rectorats", null),
        ("Fédérations professionnelles", "UIMM", null),
        ("Fédérations professionnelles", "CPME", "https://www.cpme.fr"),
        ("Fédérations professionnelles", "Numeum", "https://numeum.fr"),
        ("Fédérations professionnelles", "OPCO 2i", "https://www.opco2i.fr"),
        ("Fédérations professionnelles", "Alliance Industrie du Futur", null),
        ("Associations et fondations", "Elles bougent", "https://www.ellesbougent.com"),
        ("Associations et fondations", "CGénial", "https://www.cgenial.org"),
        ("Associations et fondations", "Ingénieurs et scientifiques de France", null),
        ("Associations et fondations", "My Future", null),
        ("Associations et fondations", "La Fabrique de l'industrie", "https://www.la-fabrique.fr"),
    ];

    private static IEnumerable<Contact> Contacts(FrenchGeography geography)
    {
        yield return new Contact { Scope = ContactScope.Press, Organisation = "Direction générale des Entreprises", Role = "Service de presse",
            Email = "presse@semaine-industrie.example.fr", SortOrder = 1 };
        const string academy = "Région académique Nouvelle-Aquitaine";
        const string mail = "communication@region-academique-nouvelle-aquitaine.fr";
        yield return new Contact { Scope = ContactScope.Press, RegionCode = "75", Organisation = academy, Name = "Valérie Courrech", Role = "Directrice de la communication", Phone = "06 15 56 12 84", Email = mail, SortOrder = 1 };
        yield return new Contact { Scope = ContactScope.Press, RegionCode = "75", Organisation = academy, Name = "Yolande De Souza", Role = "Responsable de la communication", Phone = "06 61 57 68 64", Email = mail, SortOrder = 2 };
        yield return new Contact { Scope = ContactScope.Press, RegionCode = "75", Organisation = academy, Name = "Sophie Desmoulin", Role = "Directrice de la communication", Phone = "06 26 88 66 79", Email = mail, SortOrder = 3 };
        foreach (var region in geography.Regions)
        {
            var overseas = region.Code.Length == 2 && region.Code[0] == '0';
            var slug = Slugs.From(region.Name);
            var of = Of(region.Name);
            yield return new Contact { Scope = ContactScope.Region, RegionCode = region.Code, Organisation = $"{(overseas ? "DEETS" : "DREETS")} {region.Name}",
                Role = "Correspondant Semaine de l'industrie, service du développement économique", Email = $"semaine-industrie@{slug}.dreets.example.fr", SortOrder = 1 };
            yield return new Contact { Scope = ContactScope.Region, RegionCode = region.Code,
                Organisation = overseas || region.Code == "94" ? $"Académie {of}" : $"Région académique {region.Name}",
                Role = "Délégation régionale académique à la formation professionnelle initiale et continue", Email = $"ecole-entreprise@{slug}.academie.example.fr", SortOrder = 2 };
            yield return new Contact { Scope = ContactScope.Region, RegionCode = region.Code, Organisation = Council(region.Code, of),
                Role = "Direction du développement économique et de l'emploi", Email = $"industrie@{slug}.region.example.fr", SortOrder = 3 };
        }
    }

    /// « de Bretagne », « d'Occitanie », « du Grand Est », « des Hauts-de-France ».
    private static string Of(string name) => name switch
    {
        "Grand Est" or "Centre-Val de Loire" => $"du {name}",
        "Hauts-de-France" or "Pays de la Loire" => $"des {name}",
        _ => "AEIOUYÎÉ".Contains(name[0]) ? $"d'{name}" : $"de {name}",
    };

    private static string Council(string code, string of) => code switch
    {
        "94" => "Collectivité de Corse",
        "02" or "03" => $"Collectivité territoriale {of}",
        "06" => "Département de Mayotte",
        _ => $"Conseil régional {of}",
    };
}
