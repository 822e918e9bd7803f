namespace SemaineIndustrie.Features.Shared;

/// Links of the DSFR « Partager la page » block. Plain links (no script) so the page stays CSP-friendly.
public sealed record ShareLinks(string Facebook, string X, string LinkedIn, string Mail)
{
    public static ShareLinks For(string url, string title, string summary)
    {
        var (u, t) = (Uri.EscapeDataString(url), Uri.EscapeDataString(title));
        return new ShareLinks(
            $"https://www.facebook.com/sharer.php?u={u}",
            $"https://twitter.com/intent/tweet?url={u}&text={t}",
            $"https://www.linkedin.com/shareArticle?url={u}&title={t}",
            $"mailto:?subject={t}&body={Uri.EscapeDataString($"{summary}\n\n{url}")}");
    }
}
