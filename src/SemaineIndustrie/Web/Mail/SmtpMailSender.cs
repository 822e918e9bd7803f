using System.Net;
using System.Net.Mail;
using System.Net.Mime;
using System.Text;
using Microsoft.Extensions.Options;

namespace SemaineIndustrie.Web.Mail;

/// Sends through System.Net.Mail, either to an SMTP server or into the pickup folder. Messages are
/// written in UTF-8 with 8-bit bodies, so a pickup file reads as plain French text.
public sealed class SmtpMailSender(IOptions<MailOptions> options, IHostEnvironment environment, ILogger<SmtpMailSender> logger) : IMailSender
{
    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var message = Compose(mail, settings);
        using var client = CreateClient(settings);
        await client.SendMailAsync(message, cancellationToken);
        logger.LogInformation("Mail « {Subject} » sent to {To} by {Delivery}", mail.Subject, mail.To, settings.Delivery);
    }

    private static MailMessage Compose(OutgoingMail mail, MailOptions settings)
    {
        var message = new MailMessage
        {
            From = new MailAddress(settings.From, settings.FromName, Encoding.UTF8),
            Subject = mail.Subject,
            SubjectEncoding = Encoding.UTF8,
            Body = mail.TextBody,
            BodyEncoding = Encoding.UTF8,
            BodyTransferEncoding = TransferEncoding.EightBit,
            HeadersEncoding = Encoding.UTF8,
        };
        message.To.Add(new MailAddress(mail.To));
        if (mail.HtmlBody is not null)
        {
            var html = AlternateView.CreateAlternateViewFromString(mail.HtmlBody, Encoding.UTF8, MediaTypeNames.Text.Html);
            html.TransferEncoding = TransferEncoding.EightBit;
            message.AlternateViews.Add(html);
        }
        foreach (var attachment in mail.Attachments)
        {
            message.Attachments.Add(new Attachment(new MemoryStream(attachment.Content), attachment.FileName, attachment.ContentType));
        }
        return message;
    }

    private SmtpClient CreateClient(MailOptions settings)
    {
        if (settings.Delivery == MailDelivery.Pickup)
        {
            var folder = Path.GetFullPath(settings.PickupDirectory, environment.ContentRootPath);
            Directory.CreateDirectory(folder);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = folder,
                DeliveryFormat = SmtpDeliveryFormat.International,
            };
        }
        var client = new SmtpClient(settings.Host ?? throw new InvalidOperationException("Mail:Host is required when Mail:Delivery is Smtp."), settings.Port)
        {
            EnableSsl = settings.EnableSsl,
            DeliveryFormat = SmtpDeliveryFormat.International,
        };
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            client.Credentials = new NetworkCredential(settings.UserName, settings.Password);
        }
        return client;
    }
}
