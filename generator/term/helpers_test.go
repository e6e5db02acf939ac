package term

import (
	"fmt"
	"time"
)

func fmtSscanf(s string, y, m, d *int) (int, error) { return fmt.Sscanf(s, "%d-%d-%d", y, m, d) }

func monthOf(m int) time.Month { return time.Month(m) }
