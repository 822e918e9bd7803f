using SemaineIndustrie.Features.Editions;
using SemaineIndustrie.Features.Shared;

namespace SemaineIndustrie.Data.Demo;

/// Press releases and news of the demonstration, rewritten from the source documents.
public static partial class DemoContent
{
    private const string Launch2022 = """
        La 11e Semaine de l'industrie s'ouvre le 21 novembre 2022 et se poursuit jusqu'au 27 novembre, sur le thème
        « Agir pour une industrie d'avenir ». Sur tout le territoire, **plus de 4 500 événements gratuits** et ouverts à tous
        sont proposés, et 1,6 million de participants sont attendus.

        ## Changer le regard sur l'industrie

        Pilotée par la Direction générale des Entreprises (DGE), la Semaine montre depuis 2011 une industrie dynamique, engagée
        pour la mixité des métiers et pour sa transformation écologique et numérique. Elle permet aussi de présenter les effets de
        France Relance et de France 2030 : modernisation des usines, nouvelles chaînes de valeur, relocalisations, décarbonation.
        Pour les industriels, c'est l'occasion de faire connaître leurs savoir-faire… et de recruter.

        ## Pour qui ?

        Collégiens, lycéens, apprentis, demandeurs d'emploi, enseignants et parents d'élèves rencontrent les professionnels lors de
        visites d'entreprises, de job datings, de forums des métiers, de webinaires, d'escape games ou d'expositions. Une campagne
        s'adresse spécialement aux jeunes, avec le média Loopsider et trois créateurs de contenus sur TikTok.

        ## Comment participer ?

        Tous les événements labellisés ont lieu entre le 7 novembre et le 12 décembre 2022 ; ils sont gratuits et parlent de
        l'industrie et de ses métiers. Retrouvez-les sur [la carte des événements](/evenements?edition=2022), et préparez votre visite
        avec les ressources de l'[espace enseignants](/espace-enseignants) et de l'[espace entreprises](/espace-entreprises).

        ## Les événements labellisés par région

        | Région | Événements |
        |---|---|
        | Auvergne-Rhône-Alpes | 565 |
        | Occitanie | 406 |
        | Grand Est | 356 |
        | Hauts-de-France | 348 |
        | Normandie | 318 |
        | Bourgogne-Franche-Comté | 263 |
        | Île-de-France | 260 |
        | Pays de la Loire | 254 |
        | Nouvelle-Aquitaine | 195 |
        | Provence-Alpes-Côte d'Azur | 191 |
        | Centre-Val de Loire | 152 |
        | Bretagne | 69 |
        | La Réunion | 65 |
        | Guyane | 9 |
        | Guadeloupe | 7 |
        | Martinique | 4 |
        """;

    private static readonly string[] PressKit2022 =
    [
        "Du 21 au 27 novembre 2022, la 11e Semaine de l'industrie propose plus de 4 500 événements gratuits dans toute la France, sur le thème « Agir pour une industrie d'avenir ».",
        "Organisateur : la Direction générale des Entreprises, avec l'appui de France Industrie et de ses fédérations, en partenariat avec les ministères chargés du Travail, de l'Agriculture, de l'Éducation nationale et de l'Enseignement supérieur.",
        "Publics : collégiens, lycéens, apprentis, étudiants, demandeurs d'emploi, communauté éducative, professionnels des ressources humaines et grand public. 1,6 million de participants attendus.",
        "Période éligible au label : du 7 novembre au 12 décembre 2022. Conditions : dates, ouverture aux publics cibles, objet industriel, gratuité.",
        "Régions les plus mobilisées : Auvergne-Rhône-Alpes (565 événements), Occitanie (406), Grand Est (356), Hauts-de-France (348), Normandie (318).",
    ];

    private const string Labelling2024 = """
        La 13e Semaine de l'industrie aura lieu **du 18 au 24 novembre 2024**, avec pour mot d'ordre « Avec l'industrie, fabrique ton avenir ! ».
        Organisée depuis 2011 par la Direction générale des Entreprises, elle veut changer le regard des jeunes et des demandeurs
        d'emploi sur l'industrie et ses métiers.

        La réindustrialisation est engagée : 108 000 emplois industriels supplémentaires ont été créés en 2022, et la DGE a recensé
        en 2023 201 ouvertures ou extensions nettes de sites industriels. La Semaine doit aider les jeunes, filles et garçons, à
        choisir leur orientation en rencontrant celles et ceux qui font l'industrie, loin des idées reçues.

        ## Les demandes de label sont ouvertes

        Entreprises, fédérations, établissements scolaires et de formation : demandez le label pour vos événements dès maintenant
        et **jusqu'au 12 novembre 2024**. Un événement est labellisé s'il remplit quatre conditions :

        1. il a lieu entre le 18 et le 24 novembre 2024, ou dans les 15 jours qui précèdent ou qui suivent ;
        2. il est ouvert aux publics cibles : scolaires, jeunes, étudiants, demandeurs d'emploi, communauté éducative, professionnels des ressources humaines, grand public ;
        3. il informe et communique sur l'industrie ;
        4. il est gratuit.

        [Créer un compte organisateur](/inscription) · [Les conditions en détail](/edition#conditions)
        """;

    private const string Aquitaine2023 = """
        Du 27 novembre au 3 décembre 2023, la 12e Semaine de l'industrie a pour thème « Avec l'industrie, fabrique ton avenir ».
        Elle veut redorer l'image de l'industrie auprès de tous et donner envie aux jeunes de s'orienter vers ses métiers. En
        Nouvelle-Aquitaine, le secteur compte environ **285 000 emplois**.

        Depuis 2011, la Semaine rapproche le monde de l'industrie et celui de l'enseignement. Elle s'attaque aux préjugés, notamment
        de genre, et fait naître des vocations en réunissant industriels, collégiens, apprentis et demandeurs d'emploi, au plus près
        des territoires.

        Toute la semaine, la région accueille des événements gratuits : interventions dans les classes, portes ouvertes en
        entreprise, sessions de recrutement, jeux concours, conférences et débats. Cette édition place les jeunes au centre d'un
        projet qui tient compte des enjeux économiques, sociaux et environnementaux, et rappelle que l'industrie recrute toute l'année.

        [Le programme des événements en Nouvelle-Aquitaine](/evenements?region=75&edition=2023)
        """;

    private const string Opening2018 = """
        L'édition 2018 de la Semaine de l'industrie se déroulera **du 26 mars au 1er avril 2018** dans toute la France, avec un
        coup de projecteur sur l'industrie connectée. En 2017, plus de 2 400 événements avaient réuni 300 000 participants.

        Entreprises, fédérations industrielles et tous les acteurs de l'industrie sont invités à proposer un événement et à en
        demander le label **jusqu'au lundi 12 mars 2018**. Les événements labellisés apparaissent sur la carte interactive.

        Pour être labellisé, un événement doit se tenir pendant la semaine, être ouvert au grand public, aux jeunes ou aux
        demandeurs d'emploi, informer sur l'industrie et être gratuit.
        """;

    private const string Theme2020 = """
        La 10e Semaine de l'industrie, prévue du 30 mars au 5 avril 2020, a pour thème « Inventer un avenir durable ». Les actions
        en faveur de la mixité des métiers, de la transition écologique et de l'économie circulaire y sont particulièrement mises en
        valeur, signe de l'engagement des industriels pour un monde plus juste et plus durable.

        En raison de la crise sanitaire, l'édition s'est finalement tenue du 16 au 22 novembre 2020.
        """;

    private static string CurrentEdition(Edition e) => $"""
        La {FrenchFormat.EditionOrdinal(e.Number)} Semaine de l'industrie aura lieu {FrenchFormat.Range(e.StartsOn, e.EndsOn)}{(e.Theme is null ? "" : $", sur le thème « {e.Theme} »")}.
        Les événements labellisés peuvent se tenir {FrenchFormat.Range(e.EligibleFrom, e.EligibleUntil)}.

        {(e.LabellingDeadline is { } deadline ? $"Les organisateurs ont jusqu'au {FrenchFormat.Date(deadline)} pour demander le label. " : "")}Toutes les
        informations sont sur la page [L'édition](/edition) ; les événements déjà labellisés sont sur [la carte](/evenements).
        """;
}
