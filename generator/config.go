package generator

import "github.com/plansite/plansite/generator/internal/model"

// Config is the site configuration, decoded from config.toml.
type Config = model.Config
