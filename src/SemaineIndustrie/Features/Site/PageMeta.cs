namespace SemaineIndustrie.Features.Site;

/// The ViewData keys a page sets to describe itself to search engines and social networks; the
/// layout's head (_PageMeta.cshtml) reads them, with ViewData["Title"] and ViewData["Description"].
public static class PageMeta
{
    /// The canonical path from the site root, with the query parameters that change the content.
    /// Default: the request's path without any query, so tracking parameters never reach it.
    public const string Canonical = "Canonical";

    /// The title shared on social networks when it differs from ViewData["Title"] (the home page's « Accueil »).
    public const string ShareTitle = "ShareTitle";

    /// The picture shared with the page (a path or an absolute URL). Default: <see cref="DefaultImage"/>.
    public const string Image = "Image";

    /// The OpenGraph type; default « website ».
    public const string Type = "OgType";

    /// true keeps the page out of search engines (back-office pages and personal links already are).
    public const string NoIndex = "NoIndex";

    public const string SiteName = "Semaine de l'industrie";

    public const string DefaultDescription =
        "La Semaine de l'industrie : des événements gratuits partout en France pour découvrir l’industrie et ses métiers.";

    /// The DSFR's 512 × 512 Marianne icon, copied into wwwroot with the design system.
    public const string DefaultImage = "/lib/dsfr/favicon/android-chrome-512x512.png";

    public const string DefaultImageAlt = "Marianne, emblème de la République française";
}
