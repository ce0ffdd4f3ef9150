using Microsoft.AspNetCore.Http;

namespace PurchasePlatform.BuildingBlocks.Hosting;

/// <summary>
/// What a subscriber endpoint answers the Dapr sidecar for a delivered message: SUCCESS (done, also for a duplicate),
/// RETRY (deliver it again later) or DROP (it can never be handled).
/// </summary>
public static class SubscriberAnswers
{
    public static IResult Success() => TypedResults.Ok(new { status = "SUCCESS" });

    public static IResult Retry() => TypedResults.Ok(new { status = "RETRY" });

    public static IResult Drop() => TypedResults.Ok(new { status = "DROP" });
}
