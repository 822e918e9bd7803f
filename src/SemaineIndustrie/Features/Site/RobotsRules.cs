using System.Text;
using System.Text.RegularExpressions;

namespace SemaineIndustrie.Features.Site;

/// What search engines may crawl. Back-office folders, account pages, personal registration links
/// and the JSON API are private; the open data under /api/v1 is meant to be found.
public static partial class RobotsRules
{
    public const string OpenData = "/api/v1/";

    private static readonly string[] PrivatePrefixes =
    [
        "/organisateur", "/moderation", "/administration", "/compte",
        // « /inscription » is the sign-up page and, as a prefix, every personal link « /inscriptions/{jeton} ».
        "/inscription", "/connexion", "/deconnexion", "/mot-de-passe-oublie", "/reinitialiser-mot-de-passe", "/confirmer-email",
        "/erreur", "/api/",
    ];

    /// The registration form of an event and its confirmation: forms, not content.
    private const string RegistrationPattern = "/evenements/*/inscription";

    [GeneratedRegex(@"^/evenements/[^/]+/inscription(/|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RegistrationPath();

    public static bool IsPrivate(PathString path)
    {
        var value = path.Value ?? "/";
        if (value.StartsWith(OpenData, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        return value.Equals("/api", StringComparison.OrdinalIgnoreCase)
            || PrivatePrefixes.Any(p => value.StartsWith(p, StringComparison.OrdinalIgnoreCase))
            || RegistrationPath().IsMatch(value);
    }

    /// Everything not disallowed is allowed. The one Allow comes first for the crawlers that take the
    /// first matching rule; the others take the longest, which gives the same answer.
    public static string RobotsTxt(PublicSite site)
    {
        var text = new StringBuilder("User-agent: *\n");
        text.Append("Allow: ").Append(OpenData).Append('\n');
        foreach (var prefix in PrivatePrefixes)
        {
            text.Append("Disallow: ").Append(prefix).Append('\n');
        }
        text.Append("Disallow: ").Append(RegistrationPattern).Append('\n');
        text.Append('\n').Append("Sitemap: ").Append(site.Url("/sitemap.xml")).Append('\n');
        return text.ToString();
    }
}
