using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Registrations;

/// The personal link of a registration, without an account: the registration's number signed and
/// dated by ASP.NET Core data protection (keys shared by every instance through the database), valid
/// until the end of the edition.
public sealed class RegistrationLinks(IDataProtectionProvider protection, IOptions<MailOptions> mail)
{
    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("SemaineIndustrie.Registrations.Link").ToTimeLimitedDataProtector();

    public string Token(int registrationId, DateOnly editionEndsOn) =>
        _protector.Protect(registrationId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            new DateTimeOffset(editionEndsOn.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero));

    public string Url(int registrationId, DateOnly editionEndsOn) =>
        $"{mail.Value.PublicBaseUrl.TrimEnd('/')}/inscriptions/{Token(registrationId, editionEndsOn)}";

    /// The registration a token names, or why it does not name one.
    public (int? Id, string? Problem) Read(string token)
    {
        try
        {
            var text = _protector.Unprotect(token, out var expires);
            return int.TryParse(text, out var id) ? (id, null) : (null, "Ce lien n'est pas valable.");
        }
        catch (CryptographicException ex) when (ex.Message.Contains("expir", StringComparison.OrdinalIgnoreCase))
        {
            return (null, "Ce lien a expiré : l'édition est terminée.");
        }
        catch (CryptographicException)
        {
            return (null, "Ce lien n'est pas valable : vérifiez qu'il est complet, tel que reçu par courriel.");
        }
    }
}
