using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Accounts;

/// The e-mails of the account life cycle. Links are built on the configured public address, never
/// on the request's Host header, so nobody can make the platform mail a link to another site.
public sealed class AccountMails(UserManager<AppUser> users, IMailSender sender, IOptions<MailOptions> options)
{
    public async Task SendConfirmationAsync(AppUser user, CancellationToken ct)
    {
        var token = await users.GenerateEmailConfirmationTokenAsync(user);
        var link = Link("/confirmer-email", user.Id, token);
        await sender.SendAsync(new OutgoingMail(user.Email!, "Confirmez votre adresse électronique",
            $"""
            Bonjour {user.FullName},

            Vous avez créé un compte sur la plateforme de la Semaine de l'industrie.
            Pour l'activer, confirmez votre adresse électronique en ouvrant ce lien :

            {link}

            Si vous n'êtes pas à l'origine de cette demande, ignorez ce message.

            L'équipe de la Semaine de l'industrie
            """), ct);
    }

    public async Task SendPasswordResetAsync(AppUser user, CancellationToken ct)
    {
        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = Link("/reinitialiser-mot-de-passe", user.Id, token);
        await sender.SendAsync(new OutgoingMail(user.Email!, "Réinitialisation de votre mot de passe",
            $"""
            Bonjour {user.FullName},

            Pour choisir un nouveau mot de passe, ouvrez ce lien (valable 24 heures) :

            {link}

            Si vous n'avez rien demandé, ignorez ce message : votre mot de passe reste inchangé.

            L'équipe de la Semaine de l'industrie
            """), ct);
    }

    private string Link(string path, int userId, string token) =>
        options.Value.PublicBaseUrl.TrimEnd('/') + QueryHelpers.AddQueryString(path, new Dictionary<string, string?>
        {
            ["utilisateur"] = userId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["code"] = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token)),
        });

    public static string? DecodeToken(string? code)
    {
        try
        {
            return code is null ? null : Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
