namespace SemaineIndustrie.Web.Mail;

public enum MailDelivery { Pickup, Smtp }

public sealed class MailOptions
{
    public MailDelivery Delivery { get; set; } = MailDelivery.Pickup;

    /// Relative paths are resolved against the application's content root.
    public string PickupDirectory { get; set; } = "data/mail";

    public string From { get; set; } = "ne-pas-repondre@semaine-industrie.example.fr";
    public string FromName { get; set; } = "Semaine de l'industrie";

    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public bool EnableSsl { get; set; }
    public string? UserName { get; set; }
    public string? Password { get; set; }

    /// The public address of the site, used to build absolute links in e-mails.
    public string PublicBaseUrl { get; set; } = "http://localhost:5000";
}
