#!/usr/bin/env escript
%% Twin of list_copy.dart on Erlang processes: a process builds a list of 1,300,000 ints and
%% sends it with the monotonic time just before the send; the main process takes the time on
%% arrival. Repeated Rounds times; prints the median.
%% Usage: escript list_copy.erl [Rounds]   (default 10)
-mode(compile).
-define(LENGTH, 1300000).

main(Args) ->
    Rounds = case Args of [N] -> list_to_integer(N); [] -> 10 end,
    Parent = self(),
    spawn(fun() -> send_lists(Parent, Rounds) end),
    Samples = lists:sort([receive_one() || _ <- lists:seq(1, Rounds)]),
    Median = lists:nth(Rounds div 2 + 1, Samples),
    io:format("result: length=~b rounds=~b copy_ms=~.2f min_ms=~.2f~n",
              [?LENGTH, Rounds, Median / 1000, hd(Samples) / 1000]).

send_lists(_, 0) -> ok;
send_lists(Parent, R) ->
    List = lists:seq(R, R + ?LENGTH - 1),
    Parent ! {erlang:monotonic_time(microsecond), List},
    send_lists(Parent, R - 1).

receive_one() ->
    receive {Stamp, List} ->
        Arrived = erlang:monotonic_time(microsecond),
        ?LENGTH = length(List),
        Arrived - Stamp
    end.
