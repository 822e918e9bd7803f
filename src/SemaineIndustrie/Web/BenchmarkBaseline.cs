namespace SemaineIndustrie.Web;

/// A fixed 2 kB JSON answer, mapped only when Benchmark:Baseline is true: the benchmark measures the
/// stack's own limit with it in the same run as the real endpoints.
public static class BenchmarkBaseline
{
    private static readonly string Body = "{\"items\":[" + string.Join(',', Enumerable.Range(1, 64).Select(i => $"{{\"id\":{i},\"label\":\"élément {i:000}\"}}")) + "]}";

    public static IEndpointRouteBuilder MapBenchmarkBaseline(this WebApplication app)
    {
        if (app.Configuration.GetValue("Benchmark:Baseline", false))
        {
            app.MapGet("/api/bench/baseline", () => Results.Text(Body, "application/json"));
        }
        return app;
    }
}
