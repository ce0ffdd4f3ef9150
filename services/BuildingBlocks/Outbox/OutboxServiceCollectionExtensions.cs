using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace PurchasePlatform.BuildingBlocks.Outbox;

public static class OutboxServiceCollectionExtensions
{
    /// <summary>
    /// The outbox of <typeparamref name="TContext"/> with plain <see cref="OutboxMessage"/> rows: the publisher, the
    /// background relay, the signal and its interceptor (add it to the context with
    /// <c>options.AddInterceptors(provider.GetRequiredService&lt;OutboxSignalInterceptor&gt;())</c>), options from "Outbox".
    /// </summary>
    public static IServiceCollection AddOutbox<TContext>(this IServiceCollection services, IConfiguration configuration)
        where TContext : DbContext =>
        services.AddOutbox<TContext, OutboxMessage, OutboxMessageFormat>(configuration);

    /// <summary>The outbox of <typeparamref name="TContext"/> with the service's own row type and format.</summary>
    public static IServiceCollection AddOutbox<TContext, TRow, TFormat>(this IServiceCollection services, IConfiguration configuration)
        where TContext : DbContext
        where TRow : OutboxRow
        where TFormat : class, IOutboxFormat<TRow>
    {
        services.Configure<OutboxOptions>(configuration.GetSection(OutboxOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<OutboxSignalInterceptor>();
        services.AddSingleton<IOutboxFormat<TRow>, TFormat>();
        services.AddSingleton<OutboxPublisher<TContext, TRow>>();
        services.AddHostedService<OutboxRelay<TContext, TRow>>();
        return services;
    }
}
