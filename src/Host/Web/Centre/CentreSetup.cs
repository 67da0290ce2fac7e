namespace LaiChau.Host.Web.Centre;

public static class CentreSetup
{
    /// <summary>The monitoring centre's and supervision's page services.</summary>
    public static IServiceCollection AddCentre(this IServiceCollection services) =>
        services.AddScoped<CentreDashboard>().AddScoped<AgencyChase>().AddScoped<Supervision.AgencySupervision>();
}
