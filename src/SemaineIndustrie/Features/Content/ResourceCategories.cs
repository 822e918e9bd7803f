namespace SemaineIndustrie.Features.Content;

/// The kinds of resources of the teachers' and companies' spaces, and the spaces' addresses.
public static class ResourceCategories
{
    public static readonly IReadOnlyList<(string Code, string Label)> All =
    [
        ("fiche-metier", "Fiche métier"),
        ("video", "Vidéo"),
        ("support-pedagogique", "Support pédagogique"),
        ("guide", "Guide"),
        ("conseil", "Conseil"),
    ];

    public static string Label(string? code) => All.FirstOrDefault(c => c.Code == code).Label ?? code ?? "";

    public static string Path(ResourceSpace space) => space == ResourceSpace.Teachers ? "/espace-enseignants" : "/espace-entreprises";

    public static string Name(ResourceSpace space) => space == ResourceSpace.Teachers ? "Espace enseignants" : "Espace entreprises";
}
