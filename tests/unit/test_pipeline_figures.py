"""bench/pipeline.py's arithmetic: from counters to the figures the issue asks for."""

from bench.pipeline_figures import KEYS, PipelineCounts, UserRun, figures, usd_per_1000, windows_spanned


def counts(**overrides) -> PipelineCounts:
    base = {
        "google": {"gmail.messages.get": 1000, "gmail.messages.list": 2, "sheets.values.batchUpdate": 4},
        "openai_calls": 200,
        "openai_prompt_tokens": 180_000,
        "openai_completion_tokens": 4_000,
        "firestore": {"writes": 2500, "reads": 4000},
        "worker_peak_mb": 150.4,
    }
    return PipelineCounts(**{**base, **overrides})


def test_a_fetch_inside_one_window_spans_one_and_one_crossing_a_boundary_spans_two():
    assert windows_spanned(100.0, 109.9, 10) == 1
    assert windows_spanned(105.0, 112.0, 10) == 2
    assert windows_spanned(100.0, 130.0, 10) == 4


def test_cost_is_prompt_and_completion_tokens_at_gpt_4o_mini_prices_per_thousand_messages():
    # 1M prompt tokens ($0.15) and 1M completion tokens ($0.60) over 10,000 messages: $0.075 per 1,000.
    assert usd_per_1000(1_000_000, 1_000_000, 10_000) == 0.075


def test_one_user_gives_exactly_the_issues_keys():
    result = figures([UserRun(1000, started_at=100.0, done_at=125.0)], counts(), window_seconds=10)
    assert tuple(result) == KEYS
    assert result["msgs_per_s"] == 40.0
    assert result["gmail_calls_per_msg"] == 1.002
    assert result["sheets_calls"] == 4
    assert result["sheets_windows"] == 3
    assert result["llm_calls_per_msg"] == 0.2
    assert result["llm_prompt_tokens_per_call"] == 900
    assert result["firestore_writes_per_msg"] == 2.5
    assert result["worker_peak_mb"] == 150


def test_many_users_add_the_slowest_and_median_user_and_count_every_users_messages():
    runs = [UserRun(200, 0.0, 20.0), UserRun(200, 0.5, 30.5), UserRun(200, 1.0, 50.0)]
    result = figures(runs, counts(google={"gmail.messages.get": 600}), window_seconds=10)
    assert result["n"] == 200
    assert result["seconds"] == 50.0
    assert result["msgs_per_s"] == 12.0
    assert result["gmail_calls_per_msg"] == 1.0
    assert result["sheets_windows"] == 3 + 4 + 6  # 0-20 s, 0.5-30.5 s, 1-50 s
    assert (result["users"], result["slowest_user_seconds"], result["median_user_seconds"]) == (3, 49.0, 30.0)


def test_no_model_calls_means_no_tokens_per_call_and_no_cost():
    result = figures(
        [UserRun(100, 0.0, 10.0)],
        counts(openai_calls=0, openai_prompt_tokens=0, openai_completion_tokens=0),
        window_seconds=10,
    )
    assert (result["llm_prompt_tokens_per_call"], result["usd_per_1000_msgs"]) == (0, 0.0)
