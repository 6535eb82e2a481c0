seed_value_referenced_sent_to_channel.go:8:2: x escapes to heap:
seed_value_referenced_sent_to_channel.go:8:2:   flow: {heap} = &x:
seed_value_referenced_sent_to_channel.go:8:2:     from &x (address-of) at seed_value_referenced_sent_to_channel.go:9:14
seed_value_referenced_sent_to_channel.go:8:2:     from Ref{...} (struct literal element) at seed_value_referenced_sent_to_channel.go:9:10
seed_value_referenced_sent_to_channel.go:8:2:     from c <- Ref{...} (send) at seed_value_referenced_sent_to_channel.go:9:4
seed_value_referenced_sent_to_channel.go:7:11: c does not escape
seed_value_referenced_sent_to_channel.go:8:2: moved to heap: x
seed_value_referenced_sent_to_channel.go:15:14: *(<-c).p escapes to heap:
seed_value_referenced_sent_to_channel.go:15:14:   flow: {storage for ... argument} = &{storage for *(<-c).p}:
seed_value_referenced_sent_to_channel.go:15:14:     from *(<-c).p (spill) at seed_value_referenced_sent_to_channel.go:15:14
seed_value_referenced_sent_to_channel.go:15:14:     from ... argument (slice-literal-element) at seed_value_referenced_sent_to_channel.go:15:13
seed_value_referenced_sent_to_channel.go:15:14:   flow: {heap} = {storage for ... argument}:
seed_value_referenced_sent_to_channel.go:15:14:     from ... argument (spill) at seed_value_referenced_sent_to_channel.go:15:13
seed_value_referenced_sent_to_channel.go:15:14:     from fmt.Println(... argument...) (call parameter) at seed_value_referenced_sent_to_channel.go:15:13
seed_value_referenced_sent_to_channel.go:15:13: ... argument does not escape
seed_value_referenced_sent_to_channel.go:15:14: *(<-c).p escapes to heap
