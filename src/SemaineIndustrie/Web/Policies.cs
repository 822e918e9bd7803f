using SemaineIndustrie.Features.Accounts;

namespace SemaineIndustrie.Web;

/// Who may use which back office. Pages get these through folder conventions, so a new page in a
/// guarded folder is protected without anyone remembering an attribute.
public static class Policies
{
    public const string Administrator = "administrator";
    public const string Moderator = "moderator";
    public const string Organiser = "organiser";
    public const string SignedIn = "signed-in";

    public static IServiceCollection AddPolicies(this IServiceCollection services)
    {
        services.AddAuthorizationBuilder()
            .AddPolicy(Administrator, policy => policy.RequireRole(Roles.Administrator))
            .AddPolicy(Moderator, policy => policy.RequireRole(Roles.Moderator, Roles.Administrator))
            .AddPolicy(Organiser, policy => policy.RequireRole(Roles.Organiser))
            .AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser());
        return services;
    }
}
