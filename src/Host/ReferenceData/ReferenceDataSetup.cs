namespace LaiChau.Host.ReferenceData;

public static class ReferenceDataSetup
{
    /// <summary>Administrative units (issue 6 point 1): shipped on first start, edited by administrators, used for routing.</summary>
    public static WebApplicationBuilder AddReferenceData(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<AdminUnitLocator>();
        builder.Services.AddHostedService<ReferenceDataSeeder>(); // after the database start-up (registration order)
        return builder;
    }

    public static WebApplication MapReferenceData(this WebApplication app)
    {
        AdminUnitEndpoints.Map(app.MapGroup("/api/v1/admin-units").WithTags(ApiDocs.ApiTags.ReferenceData));
        AgencyEndpoints.Map(app.MapGroup("/api/v1/agencies").WithTags(ApiDocs.ApiTags.ReferenceData));
        CategoryEndpoints.Map(app.MapGroup("/api/v1/categories").WithTags(ApiDocs.ApiTags.ReferenceData));
        var open311 = app.MapGroup("/open311/v2").WithTags(ApiDocs.ApiTags.Open311);
        Open311.Open311Endpoints.Map(open311);
        Open311.Open311RequestEndpoints.Map(open311);
        return app;
    }
}
