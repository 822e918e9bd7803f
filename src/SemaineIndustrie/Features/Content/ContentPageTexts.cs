namespace SemaineIndustrie.Features.Content;

/// The first text of the pages every installation has (see <see cref="ContentPages"/>).
public static class ContentPageTexts
{
    public static readonly (string Slug, string Title, string Summary, string Body)[] All =
    [
        (ContentPages.Edition, "La Semaine de l'industrie",
            "Une semaine par an pour découvrir l'industrie, ses métiers et celles et ceux qui la font.",
            """
            Depuis 2011, la Direction générale des Entreprises (DGE) organise chaque année la Semaine de l'industrie. Pendant une semaine,
            entreprises, fédérations, établissements scolaires et de formation, collectivités et services de l'État ouvrent leurs portes
            et vont à la rencontre du public lors d'**événements gratuits** : visites d'usines, journées portes ouvertes, job datings,
            forums des métiers, conférences, ateliers, escape games, expositions, interventions en classe…

            Née des États généraux de l'industrie, dont elle est l'une des mesures, la Semaine s'adresse à tout le monde, et d'abord
            aux collégiens, lycéens, apprentis, étudiants et demandeurs d'emploi, à leurs enseignants et à leurs parents.

            ## Ses objectifs

            - rendre l'industrie et ses métiers plus attractifs ;
            - faire connaître aux jeunes les métiers d'aujourd'hui et ceux de l'industrie du futur ;
            - promouvoir la mixité des métiers et la place des femmes dans l'industrie ;
            - informer le grand public des besoins de recrutement des entreprises industrielles ;
            - montrer une industrie moderne, innovante et engagée dans la transition écologique.

            ## L'école et l'entreprise

            Dans chaque académie, les services académiques et les équipes pédagogiques travaillent avec les industriels pour que
            les élèves et leurs professeurs participent à une action pendant la Semaine. C'est l'occasion de faire vivre les partenariats
            existants et d'en nouer de nouveaux : filières scientifiques et techniques ouvertes aux filles, voie professionnelle et
            apprentissage, découverte des métiers industriels du XXIe siècle.
            """),
        ("mentions-legales", "Mentions légales", "Éditeur, hébergement et conditions de réutilisation du site.",
            """
            ## Éditeur

            Ministère chargé de l'industrie – Direction générale des Entreprises (DGE), 61 boulevard Vincent Auriol, 75013 Paris.

            Directeur de la publication : le directeur général des Entreprises.

            ## Hébergement

            Le site est hébergé sur les infrastructures de l'État, en France.

            ## Réutilisation des contenus

            Sauf mention contraire, les textes de ce site sont publiés sous [licence Etalab 2.0](https://github.com/etalab/licence-ouverte/blob/master/LO.md) :
            vous pouvez les reprendre en citant la source. Les données des événements labellisés sont ouvertes et téléchargeables.
            Les logos, photographies et documents déposés par les organisateurs restent leur propriété.

            ## Données personnelles

            Ce que la plateforme garde de vos données, pourquoi et combien de temps : voir la page [Données personnelles](/donnees-personnelles).

            ## Liens vers d'autres sites

            Les pages des événements peuvent renvoyer vers les sites de leurs organisateurs, qui restent seuls responsables de leur contenu.
            """),
        ("accessibilite", "Déclaration d'accessibilité", "État de conformité du site au référentiel général d'amélioration de l'accessibilité (RGAA).",
            """
            Le ministère chargé de l'industrie s'engage à rendre ses sites accessibles, conformément à l'article 47 de la loi n° 2005-102 du 11 février 2005.
            Cette déclaration s'applique à la plateforme de la Semaine de l'industrie.

            ## État de conformité

            La plateforme est **partiellement conforme** au RGAA version 4.1 : certaines exigences ne sont pas encore toutes respectées.
            Aucun audit complet n'a encore été réalisé ; les pages publiques et les formulaires sont vérifiés automatiquement à chaque
            version (outil axe) et à la main au clavier et au lecteur d'écran.

            ## Contenus non accessibles

            - la carte interactive des événements ne se parcourt pas entièrement au clavier ; la liste des résultats, sous la carte, donne les mêmes événements ;
            - certains documents PDF déposés par les organisateurs ou joints aux communiqués ne sont pas balisés ;
            - les vidéos proposées par lien sont hébergées par des sites tiers et n'ont pas toujours de sous-titres.

            ## Signaler un problème

            Si vous ne parvenez pas à accéder à un contenu ou à un service, écrivez-nous à
            [accessibilite@semaine-industrie.example.fr](mailto:accessibilite@semaine-industrie.example.fr) : nous vous répondrons
            et vous proposerons une autre façon d'obtenir l'information.

            ## Voies de recours

            Si vous n'obtenez pas de réponse satisfaisante, vous pouvez saisir le Défenseur des droits : par son
            [formulaire en ligne](https://formulaire.defenseurdesdroits.fr/), auprès de l'un de ses délégués en région, ou par courrier
            gratuit sans affranchissement à Défenseur des droits, Libre réponse 71120, 75342 Paris CEDEX 07.
            """),
        ("credits", "Crédits", "Données, fonds de carte et logiciels libres sur lesquels repose la plateforme.",
            """
            ## Données géographiques

            - Contours administratifs : IGN Admin Express, INSEE COG — Licence Ouverte.
            - Listes officielles des régions, départements et communes : paquet `@etalab/decoupage-administratif` (Etalab, licence MIT).
            - Géocodage des adresses : Base Adresse Nationale (API Adresse), Licence Ouverte.

            ## Fonds de carte

            Les fonds de carte sont © les contributeurs d'[OpenStreetMap](https://www.openstreetmap.org/copyright), données sous licence ODbL.

            ## Logiciels

            - Système de design de l'État (DSFR) et police Marianne ;
            - Leaflet pour la carte ;
            - ASP.NET Core et Entity Framework Core ;
            - PDFsharp et QRCoder pour les documents du kit de communication ;
            - Markdig pour la mise en forme des contenus.
            """),
    ];
}
