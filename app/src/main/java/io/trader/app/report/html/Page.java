package io.trader.app.report.html;

/**
 * The page around the sections: styles, an error trap that runs before anything else, and at the end a
 * script that adds pointer read-outs to the charts and records in {@code #render-status} how many charts
 * it found drawn and how many script errors occurred (a headless-browser test reads it).
 */
final class Page {

    private static final String STYLE = """
            body{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;margin:24px auto;max-width:1000px;\
            color:#1f2328;padding:0 12px}
            h1{margin:0 0 4px}h2{margin:32px 0 8px;border-bottom:1px solid #d0d7de;padding-bottom:4px}
            h3{margin:20px 0 6px}.sub{color:#57606a;margin:0 0 16px}
            table{border-collapse:collapse;font-size:13px;margin:4px 0}
            td,th{padding:3px 10px;border-bottom:1px solid #eaeef2;text-align:right;white-space:nowrap}
            th{text-align:left;font-weight:600}thead th{text-align:right;background:#f6f8fa}thead th:first-child{text-align:left}
            .pos{color:#1a7f37}.neg{color:#cf222e}.note{color:#57606a;font-size:13px}
            .why{border-left:4px solid #cf222e;background:#fff8f8;padding:8px 16px;margin:12px 0}
            .why.quiet{border-color:#1a7f37;background:#f6fff8}.why li{margin:4px 0}
            .legend{font-size:12px;color:#57606a;margin:2px 0}.legend span{margin-right:14px;white-space:nowrap}
            .sw{display:inline-block;width:14px;height:8px;margin-right:4px;vertical-align:middle}
            svg text{font-size:11px;fill:#57606a}svg .evlabel{font-weight:600}svg text.hover{fill:#1f2328;font-weight:600}
            .heat td{width:52px;text-align:center;font-size:12px}.heat td.year{font-weight:600}
            .trades td,.trades th{font-size:12px;padding:2px 6px}
            .trades td:nth-child(2),.trades td:nth-child(3),.trades td:nth-child(13){text-align:left}
            .settings td{text-align:left;white-space:normal;word-break:break-word}#render-status{color:#8c959f;font-size:11px;margin-top:24px}
            """;

    private static final String TRAP = """
            <script>window.__errors=[];window.onerror=function(m,s,l,c){window.__errors.push(String(m)+' at '+l+':'+c);};\
            window.addEventListener('error',function(e){var t=e&&e.target;if(t&&t!==window&&t.tagName){\
            window.__errors.push('failed to load '+t.tagName);}},true);</script>
            """;

    private static final String SCRIPT = """
            <script>(function(){
            var NS='http://www.w3.org/2000/svg';
            function fmt(v){var a=Math.abs(v);return a>=1000?v.toFixed(0).replace(/\\B(?=(\\d{3})+(?!\\d))/g,','):a>=10?v.toFixed(2):v.toFixed(3);}
            function nearest(xs,x){var lo=0,hi=xs.length-1;if(hi<0)return -1;while(lo<hi){var m=(lo+hi)>>1;if(xs[m]<x)lo=m+1;else hi=m;}
            if(lo>0&&Math.abs(xs[lo-1]-x)<Math.abs(xs[lo]-x))lo--;return Math.abs(xs[lo]-x)<=4?lo:-1;}
            function hover(svg){var d=svg.dataset;if(!d.pw)return;var L=+d.left,T=+d.top,PW=+d.pw,PH=+d.ph,t0=+d.t0,t1=+d.t1,
            y0=+d.y0,y1=+d.y1,lg=d.log==='true';var series=[];
            svg.querySelectorAll('path.series').forEach(function(p){var xs=[],ys=[];
            (p.getAttribute('d')||'').replace(/[ML](-?[\\d.]+) (-?[\\d.]+)/g,function(_,x,y){xs.push(+x);ys.push(+y);return _;});
            series.push({label:p.getAttribute('data-label'),xs:xs,ys:ys});});
            if(!series.length)return;var g=document.createElementNS(NS,'line');g.setAttribute('y1',T);g.setAttribute('y2',T+PH);
            g.setAttribute('stroke','#8c959f');g.style.display='none';var tx=document.createElementNS(NS,'text');
            tx.setAttribute('class','hover');tx.setAttribute('y',T+PH-6);svg.appendChild(g);svg.appendChild(tx);
            svg.addEventListener('mousemove',function(ev){var r=svg.getBoundingClientRect();var x=(ev.clientX-r.left)*(svg.viewBox.baseVal.width/r.width);
            if(x<L||x>L+PW){g.style.display='none';tx.textContent='';return;}g.setAttribute('x1',x);g.setAttribute('x2',x);g.style.display='';
            var parts=[new Date(t0+(x-L)/PW*(t1-t0)).toISOString().slice(0,16).replace('T',' ')];
            series.forEach(function(s){var i=nearest(s.xs,x);if(i<0)return;var u=y0+(T+PH-s.ys[i])/PH*(y1-y0);
            parts.push(s.label+' '+fmt(lg?Math.pow(10,u):u));});tx.textContent=parts.join('   ');
            var right=x>L+PW/2;tx.setAttribute('x',right?x-6:x+6);tx.setAttribute('text-anchor',right?'end':'start');});
            svg.addEventListener('mouseleave',function(){g.style.display='none';tx.textContent='';});}
            var charts=document.querySelectorAll('svg.chart'),drawn=0;
            charts.forEach(function(svg){try{var g=svg.querySelector('g.data');var b=g&&g.getBBox();
            if(b&&b.width>0&&b.height>0&&g.childElementCount>0)drawn++;hover(svg);}catch(e){window.__errors.push(String(e));}});
            var st=document.getElementById('render-status');st.setAttribute('data-charts',charts.length);
            st.setAttribute('data-drawn',drawn);st.setAttribute('data-errors',window.__errors.length);
            st.textContent='charts drawn: '+drawn+' of '+charts.length+'; script errors: '+window.__errors.length
            +(window.__errors.length?' ('+window.__errors.join('; ')+')':'');
            })();</script>
            """;

    private Page() {
    }

    static void open(StringBuilder sb, String title) {
        sb.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\n")
                .append("<title>").append(Html.esc(title)).append("</title>\n").append(TRAP)
                .append("<style>\n").append(STYLE).append("</style></head><body>\n");
    }

    static void close(StringBuilder sb) {
        sb.append("<p id=\"render-status\">charts not checked: the page script did not run</p>\n").append(SCRIPT)
                .append("</body></html>\n");
    }

    /** A legend line: pairs of (css colour, label). */
    static void legend(StringBuilder sb, String... colorLabel) {
        sb.append("<div class=\"legend\">");
        for (int i = 0; i + 1 < colorLabel.length; i += 2) {
            sb.append("<span><i class=\"sw\" style=\"background:").append(colorLabel[i]).append("\"></i>")
                    .append(Html.esc(colorLabel[i + 1])).append("</span>");
        }
        sb.append("</div>\n");
    }
}
