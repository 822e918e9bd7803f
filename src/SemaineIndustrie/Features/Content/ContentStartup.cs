using SemaineIndustrie.Data;
using SemaineIndustrie.Data.Demo;
using SemaineIndustrie.Features.Events.Kit;
using SemaineIndustrie.Features.Geography;

namespace SemaineIndustrie.Features.Content;

public static class ContentStartup
{
    /// The pages every installation has, and the demonstration content when the demonstration programme was just written.
    public static async Task PrepareContentAsync(IServiceProvider services, bool demoSeeded, CancellationToken ct)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        await ContentPages.EnsureAsync(db, now, ct);
        if (demoSeeded)
        {
            // The demonstration PDFs are set in Marianne, like the communication kit.
            var configuration = services.GetRequiredService<IConfiguration>();
            KitFonts.Install(Path.GetFullPath(configuration["Geo:ReferenceDirectory"] ?? "Reference", services.GetRequiredService<IHostEnvironment>().ContentRootPath));
            await DemoContent.SeedAsync(db, services.GetRequiredService<FrenchGeography>(), now, ct);
        }
    }
}
