namespace SemaineIndustrie.Features.Statistics;

public static class StatisticsSetup
{
    public static IServiceCollection AddStatistics(this IServiceCollection services)
    {
        services.AddSingleton<RegionMap>();
        services.AddSingleton<StatisticsCache>();
        services.AddScoped<EditionStatistics>();
        services.AddSingleton<Site.ISitemapSource, StatisticsSitemap>();
        return services;
    }
}
