using Microsoft.AspNetCore.Mvc.RazorPages;
using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Registrations;

public static class RegistrationSetup
{
    public static IServiceCollection AddRegistrations(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<RazorPagesOptions>(options => options.Conventions.AuthorizeFolder("/Registrations/Manage", Policies.Organiser));
        services.AddScoped<RegistrationDesk>();
        services.AddScoped<RegistrationMails>();
        services.AddSingleton<RegistrationMailQueue>();
        services.AddHostedService<RegistrationMailSender>();
        services.AddSingleton<RegistrationLinks>();
        services.AddScoped<RegistrationRetention>();
        if (configuration.GetValue("Registrations:DailyRetention", true))
        {
            services.AddHostedService<RegistrationRetentionService>();
        }
        return services;
    }
}
