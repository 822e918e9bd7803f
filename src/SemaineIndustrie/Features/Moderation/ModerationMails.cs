using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;
using SemaineIndustrie.Features.Events;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Features.Moderation;

/// What the committee's decisions tell the organisers, by e-mail to every member of the organisation
/// (or the organisation's contact address when nobody has an account yet).
public sealed class ModerationMails(AppDbContext db, IMailSender sender, IOptions<MailOptions> options)
{
    private string Site => options.Value.PublicBaseUrl.TrimEnd('/');

    public async Task SendDecisionAsync(Event e, LabelRequestKind kind, LabelRequestStatus status, string? message, CancellationToken ct)
    {
        var (subject, body) = (kind, status) switch
        {
            (LabelRequestKind.Initial, LabelRequestStatus.Labelled) => ($"Votre événement est labellisé : {e.Title}",
                $"""
                Félicitations : « {e.Title} » est labellisé Semaine de l'industrie. Il apparaît désormais sur la carte et la liste des événements.
                {(message is null ? "" : $"\nMessage du comité : {message}\n")}
                Votre kit de communication (certificat du label, affiche avec QR code) :
                {Site}/organisateur/evenements/{e.Id}/kit

                La page publique de l'événement : {Site}{EventUrls.Page(e.Id, e.Slug)}
                """),
            (_, LabelRequestStatus.Labelled) => ($"Modification acceptée : {e.Title}",
                $"""
                Les modifications de « {e.Title} » sont acceptées par le comité de validation et publiées.
                {(message is null ? "" : $"\nMessage du comité : {message}\n")}
                La page publique de l'événement : {Site}{EventUrls.Page(e.Id, e.Slug)}
                """),
            (_, LabelRequestStatus.Rejected) => ($"Demande de label refusée : {e.Title}",
                $"""
                Le comité de validation n'a pas accordé le label {(kind == LabelRequestKind.Revision ? "à la modification de" : "à")} « {e.Title} ».

                Motif : {message}

                {(kind == LabelRequestKind.Revision ? "L'événement reste labellisé avec ses informations précédentes." : "Pour toute question, répondez à votre correspondant régional.")}
                Le détail : {Site}/organisateur/evenements/{e.Id}
                """),
            _ => ($"Modifications demandées : {e.Title}",
                $"""
                Le comité de validation demande des modifications avant de se prononcer sur « {e.Title} » :

                {message}

                Modifiez l'événement puis soumettez à nouveau la demande : {Site}/organisateur/evenements/{e.Id}
                """),
        };
        foreach (var address in await RecipientsAsync(e.OrganisationId, ct))
        {
            await sender.SendAsync(new OutgoingMail(address, subject, $"Bonjour,\n\n{body.Trim()}\n\nL'équipe de la Semaine de l'industrie\n"), ct);
        }
    }

    public Task SendDigestAsync(string address, string text, int pending, int overdue, CancellationToken ct) =>
        sender.SendAsync(new OutgoingMail(address, $"Demandes de label : {pending} en attente dont {overdue} en retard",
            $"Bonjour,\n\n{text}\nLa file d'attente : {Site}/moderation\n\nL'équipe de la Semaine de l'industrie\n"), ct);

    private async Task<IReadOnlyList<string>> RecipientsAsync(int organisationId, CancellationToken ct)
    {
        var members = await db.Users.AsNoTracking().Where(u => u.OrganisationId == organisationId && u.EmailConfirmed && u.Email != null)
            .Select(u => u.Email!).ToListAsync(ct);
        if (members.Count > 0)
        {
            return members;
        }
        var contact = await db.Organisations.AsNoTracking().Where(o => o.Id == organisationId).Select(o => o.ContactEmail).FirstOrDefaultAsync(ct);
        return contact is null ? [] : [contact];
    }
}
