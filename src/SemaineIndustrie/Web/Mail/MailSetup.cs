namespace SemaineIndustrie.Web.Mail;

public static class MailSetup
{
    public static IServiceCollection AddMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection("Mail"));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
