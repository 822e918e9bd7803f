namespace SemaineIndustrie.Data.Demo;

/// Word lists the generator draws French titles, names and descriptions from.
internal static class DemoTexts
{
    public static readonly string[] Surnames =
    [
        "Durand", "Martin", "Lefebvre", "Moreau", "Garnier", "Fontaine", "Rousseau", "Blanc", "Guérin", "Muller", "Henry", "Roussel",
        "Perrin", "Morel", "Mathieu", "Clément", "Gauthier", "Dumont", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Faure",
        "Mercier", "Boyer", "Chevalier", "Legrand", "Gaillard", "Barbier", "Arnaud", "Renaud", "Picard", "Lemoine", "Colin", "Vidal",
    ];

    public static readonly string[] FirstNames =
    [
        "Camille", "Léa", "Manon", "Inès", "Chloé", "Sarah", "Julie", "Emma", "Nadia", "Sophie", "Claire", "Amina",
        "Thomas", "Lucas", "Hugo", "Nicolas", "Karim", "Julien", "Antoine", "Mathieu", "Yann", "Olivier", "Mehdi", "Pierre",
    ];

    public static readonly string[] Personalities =
    [
        "Jean Jaurès", "Marie Curie", "Gustave Eiffel", "Louis Armand", "Simone Veil", "Jules Verne", "Léonard de Vinci",
        "Pierre Mendès France", "Irène Joliot-Curie", "Jacques Prévert", "Louise Michel", "Denis Papin", "Sophie Germain",
    ];

    public static readonly Dictionary<string, string[]> CompanyWords = new()
    {
        ["aeronautique"] = ["Aérostructures", "Composites aéronautiques", "Précision Aéro"],
        ["automobile"] = ["Équipements automobiles", "Mobilité", "Emboutissage"],
        ["agroalimentaire"] = ["Conserveries", "Laiteries", "Biscuiterie", "Salaisons"],
        ["chimie"] = ["Chimie fine", "Laboratoires", "Polymères"],
        ["energie"] = ["Énergies", "Hydrogène", "Électricité industrielle"],
        ["electronique"] = ["Électronique", "Microsystèmes", "Cartes électroniques"],
        ["metallurgie"] = ["Fonderie", "Aciéries", "Mécanique de précision", "Forges", "Chaudronnerie"],
        ["mode-luxe"] = ["Maroquinerie", "Ateliers de couture", "Horlogerie"],
        ["naval"] = ["Chantiers navals", "Construction navale", "Voilerie"],
        ["sante"] = ["Laboratoires pharmaceutiques", "Dispositifs médicaux", "Biotechnologies"],
        ["bois"] = ["Menuiseries industrielles", "Scierie", "Charpentes"],
        ["ferroviaire"] = ["Matériel ferroviaire", "Ateliers ferroviaires", "Signalisation"],
        ["plasturgie"] = ["Plastiques", "Injection plastique", "Emballages"],
        ["textile"] = ["Tissages", "Filature", "Textiles techniques"],
        ["verre-ceramique"] = ["Verrerie", "Céramiques", "Faïencerie"],
    };

    public static readonly string[] Topics =
    [
        "la place des femmes dans l'industrie", "décarboner la production", "l'usine du futur et les robots collaboratifs",
        "recruter et former les talents de demain", "relocaliser la production en France", "l'apprentissage, une voie d'excellence",
        "l'intelligence artificielle dans l'atelier", "les métiers de la maintenance industrielle", "l'économie circulaire dans l'industrie",
        "les métallurgies d'aujourd'hui et de demain",
    ];

    public static readonly string[] Workshops =
    [
        "initiation à la soudure", "programmer un robot collaboratif", "impression 3D et prototypage", "découverte de la maintenance",
        "pilotage d'une ligne de production", "contrôle qualité et métrologie", "réalité virtuelle au poste de travail",
    ];

    public static readonly string[] Streets =
    [
        "rue de l'Industrie", "avenue des Forges", "zone industrielle des Bruyères", "rue Gustave Eiffel", "boulevard de l'Europe",
        "parc d'activités du Moulin", "rue des Artisans", "allée des Métiers", "chemin de la Fonderie", "rue de la Gare",
        "avenue de la Libération", "rue Denis Papin", "zone d'activités des Portes du Sud", "quai des Chantiers",
    ];

    public static readonly string[] AccessInfos =
    [
        "Accueil à l'entrée principale ; parking visiteurs sur place.",
        "Chaussures fermées obligatoires ; équipements de protection fournis.",
        "Accès en transports en commun : arrêt « Zone industrielle », puis 5 minutes à pied.",
        "Pièce d'identité demandée à l'accueil du site.",
        "Rendez-vous au hall d'accueil 10 minutes avant le début de la visite.",
    ];

    public static readonly string[] Closings =
    [
        "Les participants pourront échanger avec des salariés, des apprentis et des responsables du recrutement.",
        "Une présentation des formations qui mènent à ces métiers conclura la rencontre.",
        "Des offres d'emploi, de stage et d'alternance seront présentées sur place.",
        "Les groupes scolaires sont les bienvenus, accompagnés de leurs enseignants.",
    ];
}
