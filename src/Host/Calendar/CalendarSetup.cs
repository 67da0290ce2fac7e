using LaiChau.Host.Security.ApiKeys;

namespace LaiChau.Host.Calendar;

public static class CalendarSetup
{
    /// <summary>The Vietnamese working-day calendar (issue 5): rules in the engine, official decisions in the database.</summary>
    public static WebApplicationBuilder AddCalendar(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CalendarSource>();
        return builder;
    }

    public static WebApplication MapCalendar(this WebApplication app)
    {
        var calendar = app.MapGroup("/api/v1/calendar").WithTags(ApiDocs.ApiTags.Calendar);
        GetCalendarYear.Map(calendar);
        AddWorkingDays.Map(calendar);

        var exceptions = calendar.MapGroup("").RequireAuthorization(ApiKeysSetup.AdministratorPolicy);
        PutCalendarException.Map(exceptions);
        DeleteCalendarException.Map(exceptions);
        return app;
    }
}
