namespace LocalDapr.Actors;

public static class ActorServices
{
    public static IServiceCollection AddActorRuntime(this IServiceCollection services) => services
        .AddSingleton<ActorPlacement>()
        .AddSingleton<ActorAppChannel>()
        .AddSingleton<ReminderRegistry>()
        .AddSingleton<ActorRuntime>()
        .AddSingleton<ActorStateApi>()
        .AddSingleton<ActorScheduleApi>()
        .AddSingleton<ActorScheduler>();
}
