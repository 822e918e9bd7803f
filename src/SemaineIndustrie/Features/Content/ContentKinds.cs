namespace SemaineIndustrie.Features.Content;

/// The French names of the kinds of content, as the content manager shows them and its addresses spell them.
public static class ContentKinds
{
    public static readonly IReadOnlyList<(ContentKind Kind, string Code, string Singular, string Plural)> All =
    [
        (ContentKind.PressRelease, "communiques", "Communiqué de presse", "Communiqués de presse"),
        (ContentKind.News, "actualites", "Actualité", "Actualités"),
        (ContentKind.Resource, "ressources", "Ressource", "Ressources"),
        (ContentKind.Page, "pages", "Page", "Pages"),
        (ContentKind.Faq, "faq", "Question fréquente", "Questions fréquentes"),
        (ContentKind.Partner, "partenaires", "Partenaire", "Partenaires"),
    ];

    public static ContentKind? FromCode(string? code) => All.FirstOrDefault(k => k.Code == code) is { Code: not null } k ? k.Kind : null;

    public static string Code(ContentKind kind) => All.First(k => k.Kind == kind).Code;

    public static string Singular(ContentKind kind) => All.First(k => k.Kind == kind).Singular;

    public static bool TakesFiles(ContentKind kind) => kind is ContentKind.PressRelease or ContentKind.News or ContentKind.Resource or ContentKind.Page;
}
