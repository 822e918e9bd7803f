using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SemaineIndustrie.Data;

namespace SemaineIndustrie.Features.Accounts;

/// Puts the organiser's organisation and the moderator's regions into the sign-in cookie, so pages
/// can scope their queries without reading the user row. Changing either refreshes the cookie
/// (see <see cref="UserManager{TUser}.UpdateSecurityStampAsync"/>).
public sealed class AccountClaims(UserManager<AppUser> users, RoleManager<IdentityRole<int>> roles, IOptions<IdentityOptions> options, AppDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole<int>>(users, roles, options)
{
    public const string OrganisationClaim = "organisation_id";
    public const string RegionClaim = "region";
    public const string NameClaim = "full_name";

    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(NameClaim, user.FullName));
        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(OrganisationClaim, organisationId.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var regions = await db.ModeratorRegions.AsNoTracking().Where(r => r.UserId == user.Id).Select(r => r.RegionCode).ToListAsync();
        foreach (var region in regions)
        {
            identity.AddClaim(new Claim(RegionClaim, region));
        }
        return identity;
    }
}

public static class AccountPrincipal
{
    public static int? OrganisationId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(AccountClaims.OrganisationClaim), out var id) ? id : null;

    public static int? UserId(this ClaimsPrincipal user) =>
        int.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : null;

    public static string DisplayName(this ClaimsPrincipal user) =>
        user.FindFirstValue(AccountClaims.NameClaim) is { Length: > 0 } name ? name : user.Identity?.Name ?? "";

    /// The regions a moderator covers; administrators cover every region (null).
    public static IReadOnlySet<string>? ModeratedRegions(this ClaimsPrincipal user) =>
        user.IsInRole(Roles.Administrator) ? null : user.FindAll(AccountClaims.RegionClaim).Select(c => c.Value).ToHashSet();
}
