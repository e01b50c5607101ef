#!/usr/bin/env escript
%% Twin of spawn.dart on Erlang processes: the time from spawn/1 to the arrival of the one
%% message the new process sends back, over Count spawns one after another.
%% Usage: escript spawn.erl [Count]   (default 1000)
-mode(compile).

main(Args) ->
    Count = case Args of [N] -> list_to_integer(N); [] -> 1000 end,
    Samples = lists:sort([one() || _ <- lists:seq(1, Count)]),
    Median = lists:nth(Count div 2 + 1, Samples),
    P90 = lists:nth(Count * 9 div 10 + 1, Samples),
    io:format("result: spawns=~b spawn_median_us=~.1f spawn_p90_us=~.1f~n",
              [Count, Median / 1000, P90 / 1000]).

one() ->
    Parent = self(),
    Started = erlang:monotonic_time(nanosecond),
    spawn(fun() -> Parent ! done end),
    receive done -> ok end,
    erlang:monotonic_time(nanosecond) - Started.
