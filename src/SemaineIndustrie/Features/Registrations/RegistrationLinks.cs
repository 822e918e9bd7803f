using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Registrations;

/// The personal link of a registration, without an account: the registration's number and the day
/// after the edition ends, signed by ASP.NET Core data protection (keys shared by every instance through
/// the database). The expiry is checked against the application's clock rather than by a time-limited
/// protector, whose wall clock cannot be moved: tests and demonstrations run on a chosen day.
public sealed class RegistrationLinks(IDataProtectionProvider protection, IOptions<MailOptions> mail, TimeProvider clock)
{
    private readonly IDataProtector _protector = protection.CreateProtector("SemaineIndustrie.Registrations.Link.v2");

    public string Token(int registrationId, DateOnly editionEndsOn) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{registrationId}|{editionEndsOn.AddDays(1):yyyy-MM-dd}"));

    public string Url(int registrationId, DateOnly editionEndsOn) =>
        $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/inscriptions/{Token(registrationId, editionEndsOn)}";

    /// The registration a token names, or why it does not name one.
    public (int? Id, string? Problem) Read(string token)
    {
        string text;
        try
        {
            text = _protector.Unprotect(token);
        }
        catch (CryptographicException)
        {
            return (null, "Ce lien n'est pas valable : vérifiez qu'il est complet, tel que reçu par courriel.");
        }
        var parts = text.Split('|');
        if (parts.Length != 2 || !int.TryParse(parts[0], CultureInfo.InvariantCulture, out var id) ||
            !DateOnly.TryParseExact(parts[1], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var expires))
        {
            return (null, "Ce lien n'est pas valable.");
        }
        return DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime) >= expires ? (null, "Ce lien a expiré : l'édition est terminée.") : (id, null);
    }
}
