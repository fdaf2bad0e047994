import { BarChart, LineChart } from "echarts/charts";
import { GridComponent, LegendComponent, TooltipComponent } from "echarts/components";
import { init, use } from "echarts/core";
import { SVGRenderer } from "echarts/renderers";

/**
 * The parts of Apache ECharts the dashboard draws with: bars, lines, grid, legend, tooltip, drawn
 * as SVG. Only ever imported dynamically (see EChart), so the charts load with the dashboard and
 * the main bundle stays as it was.
 */
use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

export { init };
