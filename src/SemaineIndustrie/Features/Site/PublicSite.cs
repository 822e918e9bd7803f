using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Site;

/// The site's public address (`Mail:PublicBaseUrl`), the only source of absolute URLs in pages,
/// the sitemap and robots.txt: the request's Host header is chosen by the client, so a canonical
/// URL built from it could point search engines and shared links anywhere.
public sealed class PublicSite(IOptions<MailOptions> mail)
{
    public string BaseUrl { get; } = mail.Value.PublicBaseUrl.TrimEnd('/');

    /// The absolute URL of a path from the site root (with its query, if any), percent-encoded; an
    /// absolute URL stays as it is.
    public string Url(string path) =>
        Uri.TryCreate(path, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https"
            ? absolute.AbsoluteUri
            : new Uri(BaseUrl + (path.StartsWith('/') ? path : "/" + path)).AbsoluteUri;
}
