using Microsoft.Extensions.DependencyInjection;
using SemaineIndustrie.Web.Mail;

namespace SemaineIndustrie.Tests.Mail;

public sealed class MailDeliveryTests(SqliteApp app) : IClassFixture<SqliteApp>
{
    [Fact]
    public async Task A_message_lands_in_the_pickup_folder_readable_in_French()
    {
        var sender = app.Services.GetRequiredService<IMailSender>();
        await sender.SendAsync(new OutgoingMail("camille@example.fr", "Votre événement est labellisé", "Félicitations ! Voir https://localhost/evenements/12-visite")
        {
            Attachments = [new MailAttachment("evenement.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray())],
        }, CancellationToken.None);

        var mail = await app.Mail.WaitForAsync("camille@example.fr");
        Assert.Equal("Votre événement est labellisé", mail.Subject);
        Assert.Contains("Félicitations", mail.Body);
        Assert.Equal("https://localhost/evenements/12-visite", mail.Link("/evenements/"));
        Assert.Contains("evenement.ics", mail.Raw);
    }
}
