namespace SemaineIndustrie.Features.Shared;

/// Links typed by organisers are only rendered when they are absolute http(s) URLs, so a
/// « javascript: » or « data: » address can never become a clickable link.
public static class SafeLinks
{
    public static string? Http(string? url) =>
        Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)
            ? uri.AbsoluteUri
            : null;
}
