namespace SemaineIndustrie.Web.Mail;

/// One e-mail the platform sends: plain text always, HTML when the message has links worth a button.
public sealed record OutgoingMail(string To, string Subject, string TextBody)
{
    public string? HtmlBody { get; init; }

    public IReadOnlyList<MailAttachment> Attachments { get; init; } = [];
}

public sealed record MailAttachment(string FileName, string ContentType, byte[] Content);

/// Where e-mails go: a pickup folder by default (each message an .eml file), an SMTP server in
/// production. Tests read the folder or run a real SMTP server on 127.0.0.1.
public interface IMailSender
{
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
