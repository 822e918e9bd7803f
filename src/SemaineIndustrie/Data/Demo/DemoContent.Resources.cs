using SemaineIndustrie.Features.Content;

namespace SemaineIndustrie.Data.Demo;

/// A dozen resources for each space: job sheets (with a PDF), videos by link, teaching material, guides and advice.
public static partial class DemoContent
{
    private const ResourceSpace T = ResourceSpace.Teachers;
    private const ResourceSpace C = ResourceSpace.Companies;

    private static readonly (ResourceSpace Space, string Category, string Title, string Summary, string? Audience, string? Sector, string? Link, string Body)[] Resources =
    [
        (T, "fiche-metier", "Technicienne ou technicien de maintenance industrielle", "Elle ou il garde les machines en état de marche et prévient les pannes.", "lyceens", "metallurgie", null,
            "Diagnostiquer une panne, remplacer une pièce, programmer l'entretien préventif : le métier mêle mécanique, électricité et automatismes.\n\nAccès : bac professionnel, BTS Maintenance des systèmes, BUT génie industriel et maintenance ; très recherché par les entreprises."),
        (T, "fiche-metier", "Soudeuse ou soudeur", "Assembler des pièces de métal avec précision, de la chaudronnerie au naval.", "collegiens", "metallurgie", null,
            "Le soudeur lit un plan, prépare les pièces et choisit le procédé (TIG, MIG, arc). Il travaille en atelier ou sur chantier.\n\nAccès : CAP, bac professionnel, titres professionnels ; de nombreuses offres en alternance."),
        (T, "fiche-metier", "Conductrice ou conducteur de ligne en agroalimentaire", "Piloter une ligne de production, du réglage au contrôle qualité.", "collegiens", "agroalimentaire", null,
            "Elle règle les machines, surveille la cadence et l'hygiène, et réagit aux alertes de la ligne.\n\nAccès : CAP ou bac professionnel conducteur d'installations de production, certificats de qualification professionnelle."),
        (T, "fiche-metier", "Ingénieure ou ingénieur procédés en chimie", "Concevoir et améliorer les procédés de fabrication, en réduisant leur empreinte.", "etudiants", "chimie", null,
            "Il met au point les étapes de fabrication, optimise l'énergie et les matières premières et veille à la sécurité.\n\nAccès : école d'ingénieurs ou master en génie des procédés."),
        (T, "fiche-metier", "Technicienne ou technicien en aéronautique", "Monter, contrôler et entretenir avions, hélicoptères et satellites.", "lyceens", "aeronautique", null,
            "Du montage des structures au contrôle des systèmes électroniques, la rigueur est la première qualité du métier.\n\nAccès : bac professionnel aéronautique, BTS, mention complémentaire."),
        (T, "fiche-metier", "Opératrice ou opérateur sur machine à commande numérique", "Programmer et surveiller les machines qui usinent les pièces.", "apprentis", "automobile", null,
            "Il charge le programme, monte les outils, lance la production et mesure les pièces usinées.\n\nAccès : CAP, bac professionnel technicien d'usinage, titres professionnels en alternance."),
        (T, "video", "Une journée dans une usine du futur", "Robots collaboratifs, jumeau numérique, maintenance prédictive : la vidéo d'une usine connectée.", "lyceens", "electronique", "https://www.onisep.fr",
            "Une vidéo de dix minutes pour lancer une séance sur l'industrie du futur, suivie de questions pour la classe."),
        (T, "video", "Elles font l'industrie", "Des ingénieures, techniciennes et opératrices racontent leur métier.", "collegiens", null, "https://www.onisep.fr",
            "Des portraits courts pour parler de mixité des métiers et déconstruire les stéréotypes avec les élèves."),
        (T, "support-pedagogique", "Préparer une visite d'entreprise avec sa classe", "Une séquence en trois temps : avant, pendant et après la visite.", "communaute-educative", null, null,
            "Avant : présenter l'entreprise et ses métiers, préparer des questions.\n\nPendant : une grille d'observation par groupe.\n\nAprès : une restitution orale et une carte mentale des métiers rencontrés."),
        (T, "support-pedagogique", "L'énergie dans l'industrie : séquence pour le lycée", "Comprendre d'où vient l'énergie d'une usine et comment la réduire.", "lyceens", "energie", null,
            "Trois activités documentaires sur la décarbonation : mesurer, comparer, proposer. Pour la physique-chimie ou l'enseignement scientifique."),
        (T, "guide", "Sortir avec une classe : autorisations et sécurité", "Ce qu'il faut prévoir pour une sortie dans une entreprise.", "communaute-educative", null, null,
            "Autorisation du chef d'établissement, information des familles, équipements de protection fournis par l'entreprise, nombre d'accompagnateurs : la liste à cocher."),
        (T, "conseil", "Faire parler les élèves après une visite", "Des pistes pour transformer une visite en projet d'orientation.", "communaute-educative", null, null,
            "Proposez aux élèves d'interviewer un professionnel, de réaliser une courte vidéo ou de présenter un métier à une autre classe."),
        (C, "guide", "Organiser une visite d'entreprise réussie", "Parcours, sécurité, intervenants : les étapes d'une visite qui marque.", "grand-public", null, null,
            "Choisissez un parcours de 1 h 30 au plus, prévoyez les équipements de protection, faites intervenir des salariés de métiers variés et terminez par un temps d'échange."),
        (C, "guide", "Obtenir le label : les quatre conditions expliquées", "Dates, publics, objet et gratuité : ce que le comité vérifie.", "rh", null, null,
            "Chaque créneau doit tenir dans la période éligible, l'événement doit être ouvert à au moins un public cible, parler de l'industrie et être gratuit. Le comité répond en 4 jours ouvrés."),
        (C, "conseil", "Accueillir une classe de collégiens", "Adapter le rythme, le vocabulaire et la sécurité à des élèves de 13 ans.", "collegiens", null, null,
            "Des groupes de 10 à 15 élèves, des démonstrations courtes, un objet à toucher ou à fabriquer, et une personne référente pour l'enseignant."),
        (C, "conseil", "Parler de vos métiers sans jargon", "Rendre concret ce que font vos équipes.", "jeunes", null, null,
            "Partez d'un objet du quotidien fabriqué chez vous, racontez une journée type et dites clairement quelles formations mènent au métier."),
        (C, "conseil", "Faire témoigner les femmes de l'entreprise", "La mixité des métiers se montre mieux qu'elle ne se dit.", "jeunes", null, null,
            "Invitez des techniciennes, ingénieures et opératrices à présenter leur parcours ; les jeunes filles s'y projettent plus facilement."),
        (C, "guide", "Organiser un job dating pendant la Semaine", "Recruter en une matinée : préparation, format, suites.", "demandeurs-emploi", null, null,
            "Publiez vos offres à l'avance, travaillez avec France Travail, prévoyez des entretiens de dix minutes et répondez à chaque candidat."),
        (C, "guide", "Proposer une visite virtuelle ou un webinaire", "Ouvrir l'usine à distance, pour les classes éloignées ou les sites sensibles.", "lyceens", null, null,
            "Une caméra mobile, un animateur et un expert en direct, des questions par écrit : une heure suffit."),
        (C, "support-pedagogique", "Le kit de communication des événements labellisés", "Certificat du label et affiche avec un code QR vers votre événement.", null, null, null,
            "Dès que votre événement est labellisé, téléchargez son certificat et son affiche A4 depuis votre espace organisateur."),
        (C, "conseil", "Travailler avec les établissements de votre territoire", "Trouver les bons interlocuteurs à l'Éducation nationale.", "communaute-educative", null, null,
            "Les référents école-entreprise des rectorats et les directeurs délégués aux formations des lycées professionnels relaient votre événement auprès des enseignants."),
        (C, "video", "Une PME ouvre ses portes : témoignage", "Une dirigeante raconte sa première participation à la Semaine.", "grand-public", "metallurgie", "https://www.entreprises.gouv.fr",
            "Préparation, accueil des classes, retombées en recrutement : un témoignage de cinq minutes."),
        (C, "support-pedagogique", "Animer un atelier de fabrication", "Faire fabriquer un objet simple aux visiteurs, du plan au contrôle.", "collegiens", "plasturgie", null,
            "Un porte-clés imprimé en 3D ou une pièce pliée : chaque visiteur repart avec un objet et a vu trois métiers à l'œuvre."),
        (C, "guide", "Rendre compte après l'événement", "Déclarer la participation réelle et garder le lien avec les visiteurs.", null, null, null,
            "Après l'événement, indiquez le nombre de participants dans votre espace organisateur : ces chiffres font le bilan national de la Semaine."),
    ];
}
