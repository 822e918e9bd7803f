using SemaineIndustrie.Web;

namespace SemaineIndustrie.Features.Import;

public static class ImportSetup
{
    public static IServiceCollection AddEventImport(this IServiceCollection services)
    {
        services.Configure<Microsoft.AspNetCore.Mvc.RazorPages.RazorPagesOptions>(options =>
            options.Conventions.AuthorizeFolder("/Import", Policies.Organiser));
        services.AddScoped<ImportAnalysis>();
        services.AddScoped<EventImport>();
        return services;
    }
}
