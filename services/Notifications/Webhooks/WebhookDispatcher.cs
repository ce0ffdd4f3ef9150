using System.Collections.Concurrent;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PurchasePlatform.Notifications.Infrastructure;

namespace PurchasePlatform.Notifications.Webhooks;

/// <summary>
/// Posts due deliveries. A pass claims each due row with a conditional update (of racing passes one wins), posts its
/// stored body signed with its webhook's secret, and records the outcome: delivered on 2xx, otherwise retried on
/// seed 003's schedule (<see cref="WebhookRetrySchedule"/>) and failed when no retry is left.
/// </summary>
public sealed class WebhookDispatcher(IDbContextFactory<NotificationsDbContext> contexts, IHttpClientFactory httpClients,
    WebhookSecretProtector secrets, IOptions<WebhookDeliveryOptions> options, TimeProvider clock, ILogger<WebhookDispatcher> logger)
{
    public const string HttpClientName = "webhooks";

    public const string UserAgent = "PurchasePlatform-Webhooks/1.0";

    public async Task<WebhookDeliveryPass> DeliverDueAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var outcomes = new ConcurrentBag<Outcome>();
        var due = await FindDueAsync(settings.BatchSize, cancellationToken);
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = settings.Concurrency, CancellationToken = cancellationToken },
            async (delivery, token) =>
            {
                try
                {
                    outcomes.Add(await DeliverAsync(delivery, settings, token));
                }
                catch (Exception ex) when (ex is not OperationCanceledException || !token.IsCancellationRequested)
                {
                    logger.LogError(ex, "Webhook delivery {DeliveryId} could not be processed; tried again once its claim runs out", delivery.Id);
                }
            });

        return new WebhookDeliveryPass(outcomes.Count(o => o == Outcome.Delivered), outcomes.Count(o => o == Outcome.Retrying),
            outcomes.Count(o => o == Outcome.Failed), outcomes.Count(o => o == Outcome.Cancelled));
    }

    private async Task<List<DueDelivery>> FindDueAsync(int batchSize, CancellationToken cancellationToken)
    {
        var now = Now();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
                from delivery in db.Set<WebhookDelivery>().AsNoTracking()
                join webhook in db.Set<Webhook>().AsNoTracking() on delivery.WebhookId equals webhook.Id
                where delivery.Status == WebhookDeliveryStatus.Pending && delivery.NextAttemptAt <= now
                    && (delivery.ClaimedUntil == null || delivery.ClaimedUntil < now)
                orderby delivery.NextAttemptAt
                select new DueDelivery(delivery.Id, delivery.EventType, delivery.Body, delivery.Attempts, webhook.Id, webhook.Url, webhook.Secret,
                    webhook.Status == WebhookStatus.Active))
            .Take(batchSize)
            .ToListAsync(cancellationToken);
    }

    private async Task<Outcome> DeliverAsync(DueDelivery delivery, WebhookDeliveryOptions settings, CancellationToken cancellationToken)
    {
        if (!await ClaimAsync(delivery.Id, settings.ClaimDuration, cancellationToken))
        {
            return Outcome.TakenElsewhere;
        }

        if (!delivery.WebhookActive)
        {
            return await CancelAsync(delivery.Id, cancellationToken) ? Outcome.Cancelled : Outcome.TakenElsewhere;
        }

        var attempt = await PostAsync(delivery, cancellationToken);
        var attempts = delivery.Attempts + 1;
        var now = Now();
        var retryDelay = attempt.Succeeded ? null : WebhookRetrySchedule.DelayAfter(attempts);
        var outcome = attempt.Succeeded ? Outcome.Delivered : retryDelay is null ? Outcome.Failed : Outcome.Retrying;
        var status = outcome switch
        {
            Outcome.Delivered => WebhookDeliveryStatus.Delivered,
            Outcome.Failed => WebhookDeliveryStatus.Failed,
            _ => WebhookDeliveryStatus.Pending,
        };
        DateTime? nextAttemptAt = retryDelay is { } delay ? now + delay : null;
        DateTime? deliveredAt = attempt.Succeeded ? now : null;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Only a row still pending changes status: a webhook deleted during the post leaves its delivery cancelled.
        var recorded = await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, status)
                .SetProperty(d => d.Attempts, attempts)
                .SetProperty(d => d.LastStatusCode, attempt.StatusCode)
                .SetProperty(d => d.LastError, attempt.Error)
                .SetProperty(d => d.LastAttemptAt, now)
                .SetProperty(d => d.NextAttemptAt, nextAttemptAt)
                .SetProperty(d => d.DeliveredAt, deliveredAt)
                .SetProperty(d => d.ClaimedUntil, (DateTime?)null), cancellationToken);
        if (recorded == 0)
        {
            await db.Set<WebhookDelivery>().Where(d => d.Id == delivery.Id)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(d => d.Attempts, attempts)
                    .SetProperty(d => d.LastStatusCode, attempt.StatusCode)
                    .SetProperty(d => d.LastError, attempt.Error)
                    .SetProperty(d => d.LastAttemptAt, now)
                    .SetProperty(d => d.ClaimedUntil, (DateTime?)null), cancellationToken);
        }

        Count(outcome);
        Log(delivery, attempts, attempt, outcome, nextAttemptAt);
        return outcome;
    }

    /// <summary>Takes a due, unclaimed delivery for <paramref name="claimDuration"/>; false when another pass has it (or it is no longer due).</summary>
    internal async Task<bool> ClaimAsync(string deliveryId, TimeSpan claimDuration, CancellationToken cancellationToken)
    {
        var now = Now();
        var claimedUntil = now + claimDuration;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var claimed = await db.Set<WebhookDelivery>()
            .Where(d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now
                && (d.ClaimedUntil == null || d.ClaimedUntil < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.ClaimedUntil, claimedUntil), cancellationToken);
        return claimed == 1;
    }

    private async Task<bool> CancelAsync(string deliveryId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cancelled = await db.Set<WebhookDelivery>().Where(d => d.Id == deliveryId && d.Status == WebhookDeliveryStatus.Pending)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, WebhookDeliveryStatus.Cancelled)
                .SetProperty(d => d.NextAttemptAt, (DateTime?)null)
                .SetProperty(d => d.ClaimedUntil, (DateTime?)null), cancellationToken);
        if (cancelled == 1)
        {
            WebhookMetrics.Cancelled();
        }

        return cancelled == 1;
    }

    private async Task<Attempt> PostAsync(DueDelivery delivery, CancellationToken cancellationToken)
    {
        string secret;
        try
        {
            secret = await secrets.UnprotectAsync(delivery.WebhookId, delivery.StoredSecret, cancellationToken);
        }
        catch (CryptographicException ex)
        {
            logger.LogError(ex, "The secret of webhook {WebhookId} cannot be opened; delivery {DeliveryId} is not sent", delivery.WebhookId, delivery.Id);
            return new Attempt(false, null, "The webhook's secret cannot be opened with the configured keys");
        }

        var body = Encoding.UTF8.GetBytes(delivery.Body);
        using var request = new HttpRequestMessage(HttpMethod.Post, delivery.Url);
        request.Content = new ByteArrayContent(body);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Of(secret, body));
        request.Headers.TryAddWithoutValidation("X-Webhook-Event", delivery.EventType);
        request.Headers.TryAddWithoutValidation("X-Webhook-Id", delivery.Id);
        request.Headers.UserAgent.ParseAdd(UserAgent);

        try
        {
            using var response = await httpClients.CreateClient(HttpClientName)
                .SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var code = (int)response.StatusCode;
            return response.IsSuccessStatusCode ? new Attempt(true, code, null) : new Attempt(false, code, $"HTTP {code} {response.ReasonPhrase}".TrimEnd());
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new Attempt(false, null, $"No answer within {options.Value.Timeout.TotalSeconds:0.###} s");
        }
        catch (HttpRequestException ex)
        {
            return new Attempt(false, null, Truncate(ex.Message));
        }
    }

    private static void Count(Outcome outcome)
    {
        switch (outcome)
        {
            case Outcome.Delivered:
                WebhookMetrics.Delivered();
                break;
            case Outcome.Retrying:
                WebhookMetrics.Retrying();
                break;
            case Outcome.Failed:
                WebhookMetrics.Failed();
                break;
        }
    }

    private void Log(DueDelivery delivery, int attempts, Attempt attempt, Outcome outcome, DateTime? nextAttemptAt)
    {
        switch (outcome)
        {
            case Outcome.Delivered:
                logger.LogInformation("Webhook {DeliveryId} ({EventType}) delivered on attempt {Attempts}", delivery.Id, delivery.EventType, attempts);
                break;
            case Outcome.Retrying:
                logger.LogWarning("Webhook {DeliveryId} ({EventType}) attempt {Attempts} failed: {Error}; retried at {NextAttemptAt:o}", delivery.Id,
                    delivery.EventType, attempts, attempt.Error, nextAttemptAt);
                break;
            default:
                logger.LogError("Webhook {DeliveryId} ({EventType}) failed for good after {Attempts} attempts: {Error}", delivery.Id, delivery.EventType,
                    attempts, attempt.Error);
                break;
        }
    }

    private static string Truncate(string message) =>
        message.Length <= WebhookDeliveryConfiguration.MaxErrorLength ? message : message[..WebhookDeliveryConfiguration.MaxErrorLength];

    private DateTime Now() => clock.GetUtcNow().UtcDateTime;

    private sealed record DueDelivery(string Id, string EventType, string Body, int Attempts, string WebhookId, string Url, string StoredSecret,
        bool WebhookActive);

    private sealed record Attempt(bool Succeeded, int? StatusCode, string? Error);

    private enum Outcome
    {
        Delivered,
        Retrying,
        Failed,
        Cancelled,
        TakenElsewhere,
    }
}
